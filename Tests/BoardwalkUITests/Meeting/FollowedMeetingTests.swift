import BoardwalkMeeting
import BoardwalkUI
import Testing

/// Issue 10: a second screen opened on a meeting another screen records follows it
/// read-only: it records nothing, and moves as the meeting moves.
@Suite("a meeting followed read-only")
struct FollowedMeetingTests {
  static func following(width: Int = 80, height: Int = 24) throws -> MeetingScreen {
    try MeetingScreen(width: width, height: height, resuming: [], readOnly: true)
  }

  @Test("every key that would minute something is refused, saying why, and nothing is asked")
  func recordsNothing() throws {
    var screen = try Self.following()
    #expect(screen.grid.row(0).hasPrefix(" Following, read-only · Improvement board"))
    for key in ["n", "d", "s", "p", "C", "x", "r", "i", "u"] {
      screen.type(key)
      #expect(screen.overlay == nil, "\(key)")
      #expect(screen.pending.isEmpty, "\(key)")
      #expect(
        screen.message?.text
          == "Read-only: this screen follows the meeting and records nothing; minute it on the screen that has it open",
        "\(key)")
    }
  }

  @Test("moving to another item looks at it without telling the journal")
  func movesLocally() throws {
    var screen = try Self.following()
    screen.press(.right)
    #expect(screen.currentID == "1.2")
    #expect(screen.pending.isEmpty)
  }

  @Test("entries written by the other screen arrive: the item moves, and what was said shows")
  func follows() throws {
    var screen = try Self.following(width: 200, height: 50)
    #expect(screen.currentID == "1.1")
    let next = screen.journal.count + 1
    screen.send(
      .feedback(
        .journalGrew([
          JournalEntry(
            sequence: next, time: OpeningJournal.time(next), event: .moved(Ref.riverside("1.3"))),
          JournalEntry(
            sequence: next + 1, time: OpeningJournal.time(next + 1),
            event: .note(Ref.riverside("1.3"), text: "Recorded on the minute-taker's laptop")),
        ])))
    #expect(screen.currentID == "1.3")
    #expect(screen.shows("Recorded on the minute-taker's laptop"))
    #expect(screen.pending.isEmpty)
  }
}
