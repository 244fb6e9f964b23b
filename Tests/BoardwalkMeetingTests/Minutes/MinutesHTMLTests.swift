import BoardwalkDocuments
import BoardwalkMeeting
import BoardwalkTestSupport
import Testing

/// The minutes as a web page, as headless Chromium builds and prints it.
@Suite("the minutes in headless Chromium", .requires(.chromium, .poppler), .serialized)
struct MinutesHTMLTests {
  /// The minutes' HTML printed by Chromium: the text of each page.
  static func printedPages(_ document: Document) throws -> [String] {
    let folder = try ScratchFolder("meeting-chromium")
    defer { folder.remove() }
    let html = try folder.write("minutes.html", text: HTMLWriter().write(document))
    let (pdf, log) = try Chromium.printToPDF(html, folder: folder)
    guard !log.contains("CONSOLE") else { throw TestProblem("Chromium logged: \(log)") }
    return try (1...Poppler.pageCount(of: pdf)).map { try Poppler.text(of: pdf, page: $0) }
  }

  @Test("full minutes print as the minutes, each page marked not for publication and numbered")
  func fullMinutes() throws {
    let pages = try Self.printedPages(try MeetingFixture.document(.full))
    let text = pages.joined(separator: "\n").wordsJoined
    for phrase in [
      "Harbour and Moorland SEND improvement board", "Date: 22 Nov 2026", "Chair: Cllr Amina Patel",
      "Summary of plan status", "1. H1.1: Clear the backlog of EHC needs assessments",
      "Decision: Fund locum psychologists until March 2027.",
      "Status changed: Red → Amber ↑ better. Reason: Locums in post from 1 December",
      "New actions", "Action log", "Next meeting: 24 Jan 2027",
    ] + ConfidentialText.inFixtureMeeting {
      #expect(text.contains(phrase), "\(phrase)")
    }
    for (index, page) in pages.enumerated() {
      #expect(page.wordsJoined.contains("NOT FOR PUBLICATION"), "page \(index + 1)")
      #expect(page.wordsJoined.contains("Page \(index + 1) of \(pages.count)"))
    }
  }

  @Test("public minutes print without a mark and without any confidential text")
  func publicMinutes() throws {
    let text = try Self.printedPages(try MeetingFixture.document(.public)).joined(separator: "\n")
      .wordsJoined
    #expect(!text.contains("NOT FOR PUBLICATION"))
    #expect(text.contains("A confidential item was taken in the confidential part of the meeting"))
    for phrase in ConfidentialText.inFixtureMeeting {
      #expect(!text.contains(phrase), "\(phrase)")
    }
  }

  @Test(
    "the hostile meeting's minutes: no element, link or script from its text, all of it shown whole",
    arguments: [MinutesWriter.Visibility.public, .full])
  func hostile(_ visibility: MinutesWriter.Visibility) throws {
    let folder = try ScratchFolder("meeting-chromium")
    defer { folder.remove() }
    let document = try HostileMeeting.document(visibility)
    let html = try folder.write("minutes.html", text: HTMLWriter().write(document))
    let (dom, _) = try Chromium.dom(html, folder: folder)
    let elements = Set(
      dom.matches(of: /<([a-zA-Z][a-zA-Z0-9]*)[\s>\/]/).map { String($0.output.1).lowercased() })
    for forbidden in [
      "script", "a", "img", "iframe", "b", "i", "s", "code", "pre", "ol", "blockquote", "hr",
    ] {
      #expect(!elements.contains(forbidden), "<\(forbidden)>")
    }
    let text = RenderedHTML(
      html: String(dom.firstMatch(of: /<body>(.*)<\/body>/.dotMatchesNewlines())?.output.1 ?? "")
    ).words
    for label in HostileMeeting.labels {
      #expect(text.contains(HostileText.shown(label).wordsJoined), "\(label)")
    }
    let (pdf, _) = try Chromium.printToPDF(html, folder: folder)
    let printed = PrintedText(try Poppler.text(of: pdf))
    // Texts in table cells that run over a page are printed a page of each cell at a time:
    // each of their lines is looked for; every other text, whole.
    let inTables: Set = [
      "AREA-ONE", "AREA-TWO", "RAISED-TITLE", "RAISED-OWNER", "RAISED-DUE", "RAISED-TWO",
    ]
    let missing = HostileMeeting.labels.filter { label in
      let shown = HostileText.shown(label)
      return inTables.contains(label) ? !printed.containsLines(of: shown) : !printed.contains(shown)
    }
    #expect(missing.isEmpty, "not on the page: \(missing)")
  }
}
