import BoardwalkDocuments
import BoardwalkTestSupport
import Foundation
import Testing

/// The Word writer's files opened by LibreOffice, headless, and exported to PDF: the
/// conversion must succeed, and the PDF read as the paper.
@Suite("Word documents converted by LibreOffice", .requires(.libreOffice, .poppler), .serialized)
struct DOCXInLibreOfficeTests {
  static func pdf(_ document: Document, in folder: ScratchFolder) throws -> String {
    let docx = try folder.write("paper.docx", bytes: try DOCXWriter().write(document))
    return try LibreOffice.pdf(of: docx, folder: folder)
  }

  @Test(
    "the paper converts, reads as the paper, and every page carries the marks; the log's header repeats on its pages"
  )
  func converts() throws {
    let folder = try ScratchFolder("documents-libreoffice")
    defer { folder.remove() }
    let pdf = try Self.pdf(SamplePaper.document(), in: folder)
    let text = try Poppler.text(of: pdf).wordsJoined
    for phrase in [
      SamplePaper.title, "Date: 22 Nov 2026", "RAG summary", "Actions by RAG class, per area",
      "1. H1.2: Review home to school transport", "Decision: Retender in January.", "Action log",
      "Signed", "Next meeting: 24 Jan 2027", "R 1 · A 1 · G 1 · - 1 (4)",
    ] {
      #expect(text.contains(phrase), "\(phrase)")
    }
    try SamplePaper.expectEveryPrintedPage(of: pdf)
  }

  @Test("hostile text converts as text: every field on the page, nothing made a link")
  func hostile() throws {
    let folder = try ScratchFolder("documents-libreoffice")
    defer { folder.remove() }
    let pdf = try Self.pdf(HostilePaper.document(), in: folder)
    let printed = PrintedText(try Poppler.text(of: pdf))
    let missing = HostilePaper.labels.filter { !printed.contains(HostileText.shown($0)) }
    #expect(missing.isEmpty, "not on the page whole: \(missing)")
    let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
    #expect(!bytes.contains("/URI"))
  }
}
