import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("e writes the minutes, public and full, beside the journal")
struct MinutesExportTests {
  @Test("e asks the shell to write the minutes and the status line names the files written")
  func export() throws {
    var screen = try MeetingScreen()
    screen.type("e")
    #expect(screen.pending == [.exportMinutes(screen.state.meeting?.record ?? MeetingRecord())])
    screen.send(
      .feedback(
        .minutesWritten(["board-2026-11.minutes.public.md", "board-2026-11.minutes.full.md"])))
    #expect(
      screen.message
        == StatusMessage(
          "Minutes written: board-2026-11.minutes.public.md, board-2026-11.minutes.full.md"))
  }
}
