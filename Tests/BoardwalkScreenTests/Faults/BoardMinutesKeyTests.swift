import Foundation
import Testing

/// Issue 14: `e` on the meeting screen writes a board's minutes when the meeting's journal is
/// in the board's folder, as `boardwalk minutes` does.
@Suite("e writes a board's minutes", .requiresTmux)
struct BoardMinutesKeyTests {
  @Test("with a board file beside the journal, e writes numbered DRAFT minutes, public and full")
  func boardMinutesFromTheScreen() async throws {
    let pane = try MeetingPane.meeting()
    defer { pane.stop() }
    try #"{ "format": "boardwalk-board/1", "name": "Hull SEND Board", "minutePrefix": "HSB" }"#
      .write(toFile: pane.path("board.jsonc"), atomically: true, encoding: .utf8)
    let session = pane.session
    try pane.run()
    try await session.waitForText("Meeting started", seconds: 30)
    try session.press("e")
    try await session.waitForText(
      "Minutes written: journal.minutes.public.md, journal.minutes.full.md")
    for name in ["public", "full"] {
      let minutes = try String(
        contentsOfFile: pane.path("journal.minutes.\(name).md"), encoding: .utf8)
      #expect(minutes.hasPrefix("# DRAFT minutes: Hull SEND Board, 22 Nov 2026\n"), "\(minutes)")
      #expect(minutes.contains("\n## HSB/2026/1 Welcome, apologies and quorum\n"), "\(minutes)")
    }
  }
}
