import BoardwalkCore
import BoardwalkDocuments
import BoardwalkTestSupport
import Testing

@Suite("the Word writer's package")
struct DOCXPackageTests {
  static func parts(_ document: Document) throws -> WordPackageParts {
    try WordPackageParts(DOCXWriter().write(document))
  }

  @Test(
    "the package has its content types first, its relationships, the body, styles, numbering, settings, header, footer and properties, all well-formed"
  )
  func parts() throws {
    let parts = try Self.parts(SamplePaper.document())
    #expect(parts.order.first == "[Content_Types].xml")
    #expect(
      Set(parts.order) == [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/header1.xml",
        "word/footer1.xml", "docProps/core.xml", "docProps/app.xml",
      ])
    for name in parts.order {
      #expect(WordPackageParts.isWellFormed(parts[name] ?? ""), "\(name)")
    }
    let types = try #require(parts["[Content_Types].xml"])
    for name in parts.order where name.hasSuffix(".xml") && name != "[Content_Types].xml" {
      #expect(types.contains("PartName=\"/\(name)\""), "\(name)")
    }
  }

  @Test("a paper without marks has no page header")
  func noHeader() throws {
    let parts = try Self.parts(SamplePaper.document(isDraft: false, audience: .public))
    #expect(parts["word/header1.xml"] == nil)
    #expect(parts["word/document.xml"]?.contains("headerReference") == false)
    #expect(parts["[Content_Types].xml"]?.contains("header1") == false)
  }

  @Test(
    "the styles are Word's: Title, heading 1 to 3 with outline levels, List Bullet, the table style"
  )
  func styles() throws {
    let styles = try #require(try Self.parts(SamplePaper.document())["word/styles.xml"])
    for (id, name) in [
      ("Title", "Title"), ("Heading1", "heading 1"), ("Heading2", "heading 2"),
      ("Heading3", "heading 3"), ("ListBullet", "List Bullet"),
      ("BoardwalkTable", "Boardwalk Table"),
    ] {
      #expect(styles.contains("w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"), "\(id)")
    }
    for level in 0...2 { #expect(styles.contains("<w:outlineLvl w:val=\"\(level)\"/>")) }
    #expect(styles.contains("<w:lang w:val=\"en-GB\""))
  }

  @Test("the same document gives the same bytes")
  func stable() throws {
    let document = SamplePaper.document()
    #expect(try DOCXWriter().write(document) == (try DOCXWriter().write(document)))
  }

  @Test(
    "hostile text is escaped and its controls shown as placeholders: every part stays well-formed, with no link and no field of its own"
  )
  func hostile() throws {
    let parts = try Self.parts(HostilePaper.document(audience: .full))
    for name in parts.order {
      #expect(WordPackageParts.isWellFormed(parts[name] ?? ""), "\(name)")
    }
    let body = try #require(parts["word/document.xml"])
    #expect(!body.contains("w:hyperlink"))
    #expect(!body.contains("w:fldSimple"))
    #expect(!body.contains("w:instrText"))
    #expect(body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(body.contains("escape ␛[31m, bell ␇, delete ␡"))
    let controls = body.unicodeScalars.filter {
      $0 != "\n" && $0 != "\t" && ($0.value < 0x20 || (0x7F..<0xA0).contains($0.value))
    }
    #expect(controls.isEmpty)
    #expect(parts["word/_rels/document.xml.rels"]?.contains("hyperlink") == false)
  }

  @Test(
    "a bar chart's segments span their share of the bar, each at least one column, never more than the bar"
  )
  func chartSpans() throws {
    let body = try #require(try Self.parts(SamplePaper.document())["word/document.xml"])
    #expect(body.contains("<w:tblDescription w:val=\"\(SamplePaper.chart.textAlternative)\"/>"))
    #expect(body.contains("<w:gridSpan w:val=\"10\"/><w:tcBorders>"))
    #expect(
      body.contains("</w:tcBorders><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"B3261E\"/>"))
  }
}
