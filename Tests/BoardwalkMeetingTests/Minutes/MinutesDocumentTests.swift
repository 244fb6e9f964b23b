import BoardwalkCore
import BoardwalkDocuments
import BoardwalkMeeting
import Testing

@Suite("the minutes as one document, for every format")
struct MinutesDocumentTests {
  @Test("the document has the minutes' sections in order and the next meeting as its last line")
  func sections() throws {
    let document = try MeetingFixture.document(.full)
    #expect(document.title == "Harbour and Moorland SEND improvement board")
    #expect(
      document.sections.map(\.heading.plainText) == [
        "Summary of plan status", "Items discussed", "New actions", "Action log",
      ])
    #expect(
      document.sections[0].subsections.map(\.heading.plainText) == [
        "Harbour SEND Priority Action Plan (test fixture)", "Moorland SEND Strategy (test fixture)",
      ])
    #expect(document.sections[1].subsections.map(\.number) == Array(1...7))
    #expect(document.closing.plainText == "Next meeting: 24 Jan 2027")
  }

  @Test(
    "full minutes are marked not for publication; public ones carry no mark; both are of the meeting's day"
  )
  func metadata() throws {
    let full = try MeetingFixture.document(.full).metadata
    #expect(full.audience == .full)
    #expect(full.marks == [.notForPublication])
    let published = try MeetingFixture.document(.public).metadata
    #expect(published.audience == .public)
    #expect(published.marks.isEmpty)
    #expect(published.date == MeetingFixture.today)
  }

  @Test(
    "the action log's statuses are RAG cells with the scale's word, so Word shades them and HTML gives their letter"
  )
  func ragCells() throws {
    let log = try MeetingFixture.document(.full).sections[3]
    guard case .table(let table) = log.blocks.last else {
      Issue.record("the action log has no table")
      return
    }
    #expect(
      table.rows.map { $0.last } == [
        .rag(.amber, label: "Amber"), .rag(.red, label: "Red"), .rag(.green, label: "Green"),
        .rag(.amber, label: "Amber"), .rag(.amber, label: "Some concerns (amber)"),
      ])
  }

  @Test(
    "every format writes the same minutes: the Markdown is the Markdown writer's, HTML and Word from the one document"
  )
  func everyFormat() throws {
    let document = try MeetingFixture.document(.public)
    #expect(
      try DocumentFormat.markdown.bytes(of: document)
        == Array(try MeetingFixture.minutes(.public).utf8))
    let html = String(decoding: try DocumentFormat.html.bytes(of: document), as: UTF8.self)
    #expect(html.contains("<h2 id=\"section-2\">Items discussed</h2>"))
    #expect(try DocumentFormat.docx.bytes(of: document).starts(with: Array("PK".utf8)))
  }
}
