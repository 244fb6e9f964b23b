import BoardwalkCore
import BoardwalkDocuments
import BoardwalkTestSupport
import Foundation
import Testing

@Suite("the HTML writer")
struct HTMLWriterTests {
  static let paper = HTMLWriter().write(SamplePaper.document())
  static let hostile = HTMLWriter().write(HostilePaper.document(audience: .full))

  @Test(
    "one self-contained file: its language, a content policy that forbids scripts and fetching, no script, no link, nothing fetched"
  )
  func selfContained() {
    let html = Self.paper
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:"))
    let elements = Set(HTMLShape(html: html).elements)
    for forbidden in [
      "script", "a", "link", "img", "iframe", "object", "embed", "base", "form", "input",
    ] {
      #expect(!elements.contains(forbidden), "<\(forbidden)>")
    }
    for attribute in [" src=", " href=", " action=", " srcset="] {
      #expect(!html.contains(attribute))
    }
    #expect(!html.contains("url("))
    #expect(!html.contains("@import"))
  }

  @Test("headings are in order: one h1, and no level skipped on the way down")
  func headingsInOrder() {
    let levels = HTMLShape(html: Self.paper).headingLevels
    #expect(levels.first == 1)
    #expect(levels.filter { $0 == 1 }.count == 1)
    for (before, after) in zip(levels, levels.dropFirst()) {
      #expect(after <= before + 1, "\(levels)")
    }
    #expect(levels == [1, 2, 3, 2, 3, 4, 2, 2])
  }

  @Test(
    "every table is named, every header cell has a scope, and rows named by their first cell say so"
  )
  func tablesAccessible() {
    let shape = HTMLShape(html: Self.paper)
    let tables = shape.tags("table")
    #expect(tables.count == 2)
    for table in tables { #expect(table.contains("aria-label=\""), "\(table)") }
    #expect(tables.contains("<table aria-label=\"Action log: every open action\">"))
    let headers = shape.tags("th")
    #expect(headers.allSatisfy { $0.contains("scope=\"col\"") || $0.contains("scope=\"row\"") })
    #expect(headers.filter { $0.contains("scope=\"row\"") }.count == 2)
    #expect(shape.tags("thead").count == 2)
  }

  @Test("RAG cells carry their class's letter and words, so nothing depends on colour")
  func ragCells() {
    let html = Self.paper
    for (n, rag) in SamplePaper.ragCycle.enumerated() {
      let words = rag.title
      #expect(
        html.contains(
          "<td class=\"rag rag-\(rag.rawValue)\"><span class=\"letter\" aria-hidden=\"true\">\(rag.letter)</span> \(words)</td>"
        ), "row \(n + 1)")
    }
  }

  @Test(
    "the figure is one image named by its text alternative, with the counts and letters beside each bar"
  )
  func figure() {
    let html = Self.paper
    #expect(
      html.contains(
        "<div class=\"bars\" role=\"img\" aria-label=\"\(SamplePaper.chart.textAlternative)\">"))
    #expect(html.contains("<span class=\"bar-counts\">R 1 · A 1 · G 1 · - 1 (4)</span>"))
    #expect(
      html.contains(
        "<figcaption id=\"figure-1-caption\">Actions by RAG class, per area</figcaption>"))
  }

  @Test(
    "printable: A4 pages, sections that ask start a new page, table headers repeat, rows are not split"
  )
  func printable() {
    let html = Self.paper
    #expect(html.contains("size: A4;"))
    #expect(html.contains(".new-page { break-before: page; }"))
    #expect(html.contains("thead { display: table-header-group; }"))
    #expect(html.contains("tr, .bar-row, .signature { break-inside: avoid; }"))
    #expect(html.matches(of: /<section aria-labelledby="section-\d+"/).count == 4)
    #expect(html.components(separatedBy: "class=\"new-page\"").count - 1 == 2)
    #expect(html.contains("print-color-adjust: exact"))
  }

  @Test("the marks are shown in a banner and printed at the top of every page")
  func marks() {
    #expect(
      Self.paper.contains(
        "<div class=\"marks\" role=\"note\" aria-label=\"Status of this document\"><span>DRAFT</span> <span>Not for publication</span></div>"
      ))
    #expect(Self.paper.contains("@top-right { content: \"DRAFT · NOT FOR PUBLICATION\";"))
    #expect(Self.paper.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
    let plain = HTMLWriter().write(SamplePaper.document(isDraft: false, audience: .public))
    #expect(!plain.contains("class=\"marks\""))
    #expect(!plain.contains("@top-right"))
    #expect(!plain.contains("robots"))
  }

  @Test(
    "text and its background have a contrast of at least 4.5 to 1: RAG cells, marks, headers, body")
  func contrast() throws {
    let html = Self.paper
    for rag in RAGClass.allCases {
      let rule = try #require(
        html.firstMatch(
          of: try Regex(
            #"\.rag-\#(rag.rawValue) \{ background: #([0-9A-F]{6}); color: #([0-9A-F]{6}); \}"#)))
      let fill = String(rule.output[1].substring ?? "")
      let text = String(rule.output[2].substring ?? "")
      #expect(Contrast.ratio(fill, text) >= 4.5, "\(rag): \(Contrast.ratio(fill, text))")
    }
    #expect(Contrast.ratio("1a1a1a", "ffffff") >= 4.5)
    #expect(Contrast.ratio("1a1a1a", "e6e6e6") >= 4.5)
    #expect(Contrast.ratio("8a0000", "ffffff") >= 4.5)
  }

  @Test(
    "hostile text in every field appears as text: escaped, controls as placeholders, no tag or link of its own"
  )
  func hostileText() {
    let html = Self.hostile
    let found = Set(HTMLShape(html: html).elements)
    #expect(
      found.subtracting(HTMLShape.writersElements).isEmpty,
      "\(found.subtracting(HTMLShape.writersElements))")
    #expect(!html.contains("<script"))
    #expect(!html.contains("<a "))
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(html.contains("onerror=&quot;alert(1)&quot;"))
    let text = HTMLShape(html: html).bodyText.wordsJoined
    for label in HostilePaper.labels {
      #expect(text.contains(HostileText.shown(label).wordsJoined), "\(label)")
    }
    let controls = html.unicodeScalars.filter {
      $0 != "\n" && $0 != "\t"
        && ($0.value < 0x20 || (0x7F..<0xA0).contains($0.value)
          || (0x202A...0x202E).contains($0.value))
    }
    #expect(controls.isEmpty, "\(controls.map { String($0.value, radix: 16) })")
    #expect(html.contains("escape ␛[31m, bell ␇, delete ␡"))
  }

  @Test("hostile text in a table's label and the figure's alternative stays inside its attribute")
  func hostileAttributes() {
    let html = Self.hostile
    let tables = HTMLShape(html: html).tags("table")
    #expect(tables.count == 1)
    #expect(
      tables.allSatisfy {
        !$0.dropFirst().dropLast().contains("<") && !$0.dropFirst().dropLast().contains(">")
      })
    let label = HTMLShape.decode(
      String(tables[0].firstMatch(of: /aria-label="([^"]*)"/)?.output.1 ?? ""))
    #expect(label.wordsJoined == HostileText.shown("TABLE-LABEL").wordsJoined)
  }
}
