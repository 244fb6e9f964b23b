import BoardwalkDocuments
import BoardwalkTestSupport
import Foundation
import Testing

/// The HTML writer's files as a browser sees them: headless Chromium builds the page,
/// prints it to PDF and takes a screenshot; poppler reads the PDF.
@Suite("HTML in headless Chromium", .requires(.chromium, .poppler), .serialized)
struct HTMLInChromiumTests {
  /// The sample paper printed by Chromium: the folder (the caller removes it), the PDF and
  /// what Chromium logged.
  static func printed(_ document: Document) throws -> (
    folder: ScratchFolder, pdf: String, log: String
  ) {
    let folder = try ScratchFolder("documents-chromium")
    do {
      let html = try folder.write("paper.html", text: HTMLWriter().write(document))
      let (pdf, log) = try Chromium.printToPDF(html, folder: folder)
      return (folder, pdf, log)
    } catch {
      folder.remove()
      throw error
    }
  }

  @Test("the paper prints to A4 PDF pages that read as the paper, without a console error")
  func prints() throws {
    let (folder, pdf, log) = try Self.printed(SamplePaper.document())
    defer { folder.remove() }
    let text = try Poppler.text(of: pdf).wordsJoined
    for phrase in [
      SamplePaper.title, "Date: 22 Nov 2026", "Chair: Cllr Amina Patel", "RAG summary",
      "Actions by RAG class, per area", "R 1 · A 1 · G 1 · - 1 (4)",
      "1. H1.2: Review home to school transport",
      "Decision: Retender in January.", "What the lead proposes", "Action log", "Approval",
      "Signed",
      "Next meeting: 24 Jan 2027",
    ] {
      #expect(text.contains(phrase), "\(phrase)")
    }
    #expect(!log.contains("CONSOLE"), "\(log)")
    #expect(!log.contains("Refused to"), "\(log)")
  }

  @Test(
    "every printed page carries the marks and its number; the action log's header is on each of its pages"
  )
  func everyPage() throws {
    let (folder, pdf, _) = try Self.printed(SamplePaper.document())
    defer { folder.remove() }
    #expect(try Poppler.pageCount(of: pdf) >= 4)
    try SamplePaper.expectEveryPrintedPage(of: pdf)
  }

  @Test("sections that ask for it start a new page")
  func pageBreaks() throws {
    let (folder, pdf, _) = try Self.printed(SamplePaper.document())
    defer { folder.remove() }
    let pages = try (1...Poppler.pageCount(of: pdf)).map {
      try Poppler.text(of: pdf, page: $0).wordsJoined
    }
    let exceptions = try #require(pages.firstIndex { $0.contains("Exceptions 1. H1.2") })
    #expect(!pages[exceptions].contains("RAG summary"))
    let log = try #require(pages.firstIndex { $0.contains("Action log Plan ID") })
    #expect(log > exceptions)
    #expect(!pages[log].contains("What the lead proposes"))
  }

  @Test("the browser builds no element, link or script from hostile text, and shows it all as text")
  func hostileDOM() throws {
    let folder = try ScratchFolder("documents-chromium")
    defer { folder.remove() }
    let html = try folder.write("hostile.html", text: HTMLWriter().write(HostilePaper.document()))
    let (dom, log) = try Chromium.dom(html, folder: folder)
    let elements = Set(HTMLShape(html: dom).elements)
    #expect(
      elements.subtracting(HTMLShape.writersElements).isEmpty,
      "\(elements.subtracting(HTMLShape.writersElements))")
    let text = HTMLShape(html: dom).bodyText.wordsJoined
    for label in HostilePaper.labels {
      #expect(text.contains(HostileText.shown(label).wordsJoined), "\(label)")
    }
    #expect(!log.contains("CONSOLE"), "\(log)")
  }

  @Test("printed, hostile text is on the page as text, and the PDF holds no link")
  func hostilePDF() throws {
    let (folder, pdf, _) = try Self.printed(HostilePaper.document())
    defer { folder.remove() }
    let printed = PrintedText(try Poppler.text(of: pdf))
    let missing = HostilePaper.labels.filter { !printed.contains(HostileText.shown($0)) }
    #expect(missing.isEmpty, "not on the page whole: \(missing)")
    let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
    #expect(!bytes.contains("/URI"))
    #expect(!bytes.contains("/Link"))
  }

  @Test("a screenshot of the paper is a picture of the window's size")
  func screenshot() throws {
    let folder = try ScratchFolder("documents-chromium")
    defer { folder.remove() }
    let html = try folder.write("paper.html", text: HTMLWriter().write(SamplePaper.document()))
    let png = try Chromium.screenshot(html, folder: folder, width: 1000, height: 1400)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: png)))
    #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    try #require(bytes.count >= 24)
    #expect(Self.int(bytes[16..<20]) == 1000)
    #expect(Self.int(bytes[20..<24]) == 1400)
    #expect(bytes.count > 20_000)
  }

  static func int(_ bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 << 8 | Int($1) } }
}
