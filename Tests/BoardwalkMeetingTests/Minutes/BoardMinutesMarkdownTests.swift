import BoardwalkCore
import BoardwalkMeeting
import BoardwalkTestSupport
import SnapshotTesting
import Testing

/// The board year's minutes as Markdown: compared with `__Snapshots__/BoardMinutesMarkdownTests`
/// (a missing snapshot is recorded and that run fails, so each is read before it is trusted)
/// and rendered by cmark-gfm.
@Suite("a board's minutes, as Markdown")
struct BoardMinutesMarkdownTests {
  @Test("the first meeting's public minutes, approved at the second with a correction")
  func approvedSnapshot() throws {
    let markdown = try BoardYear.writer(BoardYear.first, .public, known: 2).markdown
    withSnapshotTesting(record: .missing) {
      assertSnapshot(of: markdown, as: .lines, named: "first-approved-public")
    }
  }

  @Test("the second meeting's full minutes, a draft")
  func draftSnapshot() throws {
    let markdown = try BoardYear.writer(BoardYear.second, .full, known: 2).markdown
    withSnapshotTesting(record: .missing) {
      assertSnapshot(of: markdown, as: .lines, named: "second-draft-full")
    }
  }

  @Test(
    "cmark-gfm reads every minute as a heading, the tables whole, and no link or code from text",
    .requiresCmark, arguments: [MinutesWriter.Visibility.public, .full])
  func rendered(_ visibility: MinutesWriter.Visibility) throws {
    let markdown = try BoardYear.writer(BoardYear.first, visibility, known: 2).markdown
    let html = RenderedHTML(html: try Cmark.html(markdown))
    let counts = html.elementCounts
    #expect(counts["h1"] == 1)
    // Ten minutes, the exclusion, status summary, plan exceptions, new plan actions, approval.
    #expect(counts["h2"] == 15)
    #expect(counts["a"] == nil)
    #expect(counts["code"] == nil)
    for table in html.tables {
      for row in table.rows { #expect(row.count == table.header.count) }
    }
    #expect(MarkdownTables.blankLineAfterEveryTable(in: markdown))
    let text = Words.of(html.text)
    for phrase in [
      "HMB/2026/5 H1.1: Clear the backlog of EHC needs assessments",
      "Correction agreed on 22 Nov 2026: Backlog at ninety-three.",
      "Quorate: 3 of 4 voting members present (quorum 3)",
      "exempt information as defined in Schedule 12A to the Act",
    ] {
      #expect(text.contains(phrase), "\(phrase)")
    }
    #expect(!text.contains("DRAFT"))
    #expect(text.contains("Preferred bidder is under investigation.") == (visibility == .full))
  }
}
