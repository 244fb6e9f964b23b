import BoardwalkMeeting
import BoardwalkTestSupport
import Testing

@Suite("the fixture meeting's minutes render as clean GFM", .requiresCmark)
struct MinutesValidityTests {
  static let visibilities: [MinutesWriter.Visibility] = [.public, .full]

  @Test(
    "four tables, each one table in the HTML, every row with the header's cells",
    arguments: visibilities)
  func tables(_ visibility: MinutesWriter.Visibility) throws {
    let markdown = try MeetingFixture.minutes(visibility)
    let html = RenderedHTML(html: try Cmark.html(markdown))
    let source = MarkdownTables.tables(in: markdown)
    #expect(source.count == 4)
    #expect(html.tables.count == 4)
    #expect(html.tables.map(\.header.count) == [11, 11, 6, 6])
    // Rows: harbour's three areas and its total, moorland's three and its total; new
    // actions; the action log.
    let confidentialRows = visibility == .full ? 1 : 0
    #expect(
      html.tables.map(\.rows.count) == [4, 4, 1 + confidentialRows, 3 + 2 * confidentialRows])
    for (table, rows) in zip(html.tables, source) {
      for row in table.rows { #expect(row.count == table.header.count) }
      for row in rows { #expect(row.count == table.header.count) }
    }
    #expect(MarkdownTables.blankLineAfterEveryTable(in: markdown))
  }

  @Test("headings, lists and emphasis are the ones the minutes write", arguments: visibilities)
  func structure(_ visibility: MinutesWriter.Visibility) throws {
    let counts = RenderedHTML(html: try Cmark.html(try MeetingFixture.minutes(visibility)))
      .elementCounts
    // Seven items discussed; in public, the two confidential ones have no list.
    let full = visibility == .full
    #expect(counts["h1"] == 1)
    #expect(counts["h2"] == 4)
    #expect(counts["h3"] == 2 + 7)
    #expect(counts["ul"] == (full ? 7 : 5))
    #expect(counts["li"] == (full ? 14 : 10))
    #expect(counts["code"] == nil)
    #expect(counts["a"] == nil)
  }

  @Test("notes, decisions, reasons and titles read as they were written", arguments: visibilities)
  func textIntact(_ visibility: MinutesWriter.Visibility) throws {
    let text = Words.of(
      RenderedHTML(html: try Cmark.html(try MeetingFixture.minutes(visibility))).text)
    var expected = [
      "Harbour and Moorland SEND improvement board", "Cllr Amina Patel",
      "Dr Tom Okafor (ICB)", "Sarah Lind (Parent Carer Forum)",
      "Dr Tom Okafor: governor at Moorland Academy",
      "Backlog at ninety-five; two educational psychologists start in December.",
      "Fund locum psychologists until March 2027.", "Locums in post from 1 December",
      "Transport procurement failed twice.", "No provider after two tenders",
      "Translations are with the printer.",
      "Every enquiry answered within five days since August.",
      "Audit the quality of new EHC plans", "Clear the backlog of EHC needs assessments",
      "H1 Timeliness of EHC plans", "O1 Alternative provision", "24 Jan 2027",
    ]
    if visibility == .full { expected += ConfidentialText.inFixtureMeeting }
    for phrase in expected { #expect(text.contains(phrase), "\(phrase)") }
    #expect(!text.contains("Wrong item: this note was struck out."))
  }
}
