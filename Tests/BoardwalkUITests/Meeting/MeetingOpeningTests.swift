import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("Opening a meeting: started or resumed exactly where it was")
struct MeetingOpeningTests {
  @Test("M on the main screen asks the shell to open the journal, and nothing more until it has")
  func startKey() throws {
    var screen = try Screen()
    screen.type("M")
    #expect(screen.state.takeEffects() == [.openMeeting(agenda: nil)])
    #expect(screen.state.meeting == nil)
  }

  @Test("a new meeting opens on the first agenda item and says so")
  func newMeeting() throws {
    let screen = try MeetingScreen()
    #expect(screen.message == StatusMessage("Meeting started: item 1 of 13"))
    #expect(screen.currentID == "1.1")
    #expect(screen.grid.row(0).hasSuffix("item 1 of 13 "))
    #expect(screen.grid.row(0).hasPrefix(" Meeting · Improvement board · 22 Nov 2026 "))
    #expect(screen.pending.isEmpty)
  }

  @Test("a resumed meeting opens on the item the chair last moved to, with what was recorded")
  func resumedMeeting() throws {
    let screen = try MeetingScreen(resuming: [
      .moved(Ref.riverside("1.2")), .note(Ref.riverside("1.2"), text: "Transport review late"),
      .moved(Ref.lakeside("AP-1")),
    ])
    #expect(screen.message == StatusMessage("Meeting resumed at item 9 of 13"))
    #expect(screen.currentID == "AP-1")
    #expect(screen.grid.row(0).hasSuffix("item 9 of 13 "))
    #expect(screen.recorded(Ref.riverside("1.2")) == [.note("Transport review late")])
    #expect(screen.meeting?.record.lastSequence == 5)
  }

  @Test("a resumed meeting where the chair never moved opens on the first item")
  func resumedWithoutMoves() throws {
    let screen = try MeetingScreen(resuming: [.note(Ref.lakeside("CF-1"), text: "Seen")])
    #expect(screen.message == StatusMessage("Meeting resumed at item 1 of 13"))
    #expect(screen.currentID == "1.1")
  }

  @Test("a resumed meeting keeps the agenda its journal started with")
  func resumedKeepsAgenda() throws {
    let screen = try MeetingScreen(
      agenda: "status:red,amber", resuming: [.moved(Ref.lakeside("CF-1"))])
    #expect(screen.agendaIDs == ["1.1", "1.2", "2.2", "AP-1", "CF-1"])
    #expect(screen.message == StatusMessage("Meeting resumed at item 5 of 5"))
  }

  @Test("warnings from opening (a torn last line) follow the place, shown as an error")
  func warnings() throws {
    let torn =
      "board-2026-11.jsonl:6: the last line is incomplete (the line has no line break: it was being written), probably cut off by a crash or power cut; it was skipped (31 bytes)"
    let screen = try MeetingScreen(resuming: [.moved(Ref.riverside("1.3"))], warnings: [torn])
    #expect(
      screen.message == StatusMessage("Meeting resumed at item 3 of 13 · " + torn, isError: true))
  }

  @Test("an agenda that nothing matches opens empty and says so")
  func emptyAgenda() throws {
    let screen = try MeetingScreen(agenda: "\"no plan says this\"")
    #expect(screen.agendaIDs.isEmpty)
    #expect(screen.message == StatusMessage("Meeting started: the agenda is empty"))
    #expect(screen.grid.row(0).hasSuffix("no items "))
    #expect(screen.shows("The agenda is empty: no action matches it. q leaves the meeting."))
  }

  @Test("q leaves the meeting, saying where it is kept and how to resume")
  func leave() throws {
    var screen = try MeetingScreen()
    screen.type("q")
    #expect(screen.meeting == nil)
    #expect(screen.message == StatusMessage("Meeting saved in board-2026-11.jsonl; M resumes it"))
    #expect(screen.pending.isEmpty)
  }

  @Test("what was saved, reopened from its journal, resumes on the same item with the same record")
  func roundTrip() throws {
    var screen = try MeetingScreen()
    screen.press(.right, .right, .right)
    screen.type("n")
    screen.type("Annual reviews from Year 9 started")
    screen.press(.enter)
    screen.save()
    let events = screen.journal.dropFirst(2).map(\.event)
    let resumed = try MeetingScreen(resuming: Array(events))
    #expect(resumed.currentID == "2.2")
    #expect(resumed.message == StatusMessage("Meeting resumed at item 4 of 13"))
    #expect(resumed.meeting?.record == screen.meeting?.record)
  }
}
