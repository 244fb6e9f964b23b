import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("Notes and decisions: a key, the text, Enter; shown only once the journal has it")
struct MinuteTextTests {
  static let text = "Backlog now ninety; two psychologists start in January"

  @Test(
    "the key opens the editor and Enter asks to journal the text", arguments: MinuteKind.allCases)
  func record(kind: MinuteKind) throws {
    var screen = try MeetingScreen()
    screen.type(kind.key)
    #expect(screen.editorText == "")
    screen.type(Self.text)
    screen.press(.enter)
    #expect(screen.eventsToRecord == [kind.event(Ref.riverside("1.1"), Self.text)])
    #expect(screen.overlay == nil)
  }

  @Test(
    "Ctrl-S saves the text too, as it saves a form (a minute-taker's hands expect it)",
    arguments: MinuteKind.allCases)
  func controlS(kind: MinuteKind) throws {
    var screen = try MeetingScreen()
    screen.type(kind.key)
    screen.type(Self.text)
    screen.press(.control("s"))
    #expect(screen.eventsToRecord == [kind.event(Ref.riverside("1.1"), Self.text)])
    #expect(screen.overlay == nil)
  }

  @Test(
    "nothing is shown as recorded until the shell reports it saved", arguments: MinuteKind.allCases)
  func shownWhenSaved(kind: MinuteKind) throws {
    var screen = try MeetingScreen(width: 200, height: 50)
    screen.type(kind.key)
    screen.type(Self.text)
    screen.press(.enter)
    #expect(screen.recorded(Ref.riverside("1.1")) == [])
    #expect(!screen.shows(kind.shown(Self.text)))
    #expect(screen.grid.row(1).contains("· 2 entries saved"))
    screen.save()
    #expect(screen.recorded(Ref.riverside("1.1")) == [kind.kind(Self.text)])
    #expect(screen.shows(kind.shown(Self.text)))
    #expect(!screen.shows("Nothing recorded yet"))
    #expect(screen.grid.row(1).contains("· 3 entries saved"))
  }

  @Test(
    "not saved: the editor comes back with the text and the reason shows as an error",
    arguments: MinuteKind.allCases)
  func notSaved(kind: MinuteKind) throws {
    let reason =
      "board-2026-11.jsonl: could not save (No space left on device); nothing was lost from the screen: free space or fix the folder, then try again"
    var screen = try MeetingScreen()
    screen.type(kind.key)
    screen.type(Self.text)
    screen.press(.enter)
    screen.failSaving(reason)
    #expect(screen.editorText == Self.text)
    #expect(screen.message == StatusMessage(reason, isError: true))
    #expect(screen.recorded(Ref.riverside("1.1")) == [])
    #expect(!screen.shows(kind.shown(Self.text)))
    screen.press(.enter)
    screen.save()
    #expect(screen.recorded(Ref.riverside("1.1")) == [kind.kind(Self.text)])
  }

  @Test("spaces and line breaks around the text are not kept")
  func trimmed() throws {
    var screen = try MeetingScreen()
    screen.type("n  Agreed ")
    screen.press(.control("j"))
    screen.press(.enter)
    #expect(screen.eventsToRecord == [.note(Ref.riverside("1.1"), text: "Agreed")])
  }

  @Test("Enter with nothing written asks for text and records nothing")
  func empty() throws {
    var screen = try MeetingScreen()
    screen.type("d   ")
    screen.press(.enter)
    #expect(screen.eventsToRecord == [])
    #expect(screen.editorText == "   ")
    #expect(screen.message == StatusMessage("Nothing written yet (Esc closes)", isError: true))
  }

  @Test("Esc closes an empty editor at once")
  func escapeEmpty() throws {
    var screen = try MeetingScreen()
    screen.type("n")
    screen.press(.escape)
    #expect(screen.overlay == nil)
    #expect(screen.pending.isEmpty)
  }

  @Test("Esc after typing asks first: n goes back to the text, y throws it away")
  func escapeAsks() throws {
    var screen = try MeetingScreen()
    screen.type("nDraft")
    screen.press(.escape)
    #expect(screen.shows("Throw away what you typed? y / n"))
    screen.type("n")
    #expect(screen.editorText == "Draft")
    screen.press(.escape)
    screen.type("y")
    #expect(screen.overlay == nil)
    #expect(screen.pending.isEmpty)
    #expect(screen.recorded(Ref.riverside("1.1")) == [])
  }

  @Test("notes go on the item the chair is on")
  func onCurrentItem() throws {
    var screen = try MeetingScreen()
    screen.press(.right, .right)
    screen.save()
    screen.type("nOn track after audit")
    screen.press(.enter)
    #expect(screen.eventsToRecord == [.note(Ref.riverside("1.3"), text: "On track after audit")])
  }

  @Test("u strikes out the item's last note or decision after asking, once saved")
  func strike() throws {
    let ref = Ref.riverside("1.1")
    var screen = try MeetingScreen(resuming: [
      .note(ref, text: "First"), .decision(ref, text: "Escalate to the DCS"),
    ])
    screen.type("u")
    #expect(screen.overlay == .confirmStrike(sequence: 4, summary: "Decision: Escalate to the DCS"))
    screen.type("y")
    #expect(screen.eventsToRecord == [.struck(sequence: 4)])
    #expect(screen.recorded(ref) == [.note("First"), .decision("Escalate to the DCS")])
    screen.save()
    #expect(screen.recorded(ref) == [.note("First")])
    // Struck, not vanished: the minute-taker sees what was taken back.
    #expect(screen.shows("• Struck out: Decision: Escalate to the DCS"))
  }

  @Test("the strike question keeps its answer keys in view however long the note")
  func strikeLongNote() throws {
    let ref = Ref.riverside("1.1")
    var screen = try MeetingScreen(resuming: [
      .note(ref, text: "Backlog at ninety; two psychologists start in January; the rest waits")
    ])
    screen.type("u")
    #expect(screen.shows("”? y / n"))
    #expect(screen.shows("Strike out “Note: Backlog at ninety"))
  }

  @Test("u on an item with nothing to strike says so")
  func nothingToStrike() throws {
    var screen = try MeetingScreen()
    screen.type("u")
    #expect(screen.overlay == nil)
    #expect(
      screen.message
        == StatusMessage("No note or decision on this item to strike out", isError: true))
  }
}
