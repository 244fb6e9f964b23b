import BoardwalkMeeting
import BoardwalkUI
import Testing

/// Issue 10: no way out of the screen throws away what is being written without asking.
/// Ctrl-C asks once and a second Ctrl-C quits; on a screen too small to show the text, q
/// asks and a second q quits; any other key goes back to the text, which is all there.
@Suite("leaving with unsaved text asks first")
struct UnsavedTextTests {
  static let note = "The backlog is at ninety and falling"

  @Test("Ctrl-C with nothing being written ends the screen at once")
  func interruptWithNothingOpen() throws {
    var screen = try MeetingScreen()
    screen.press(.control("c"))
    #expect(screen.state.isFinished)
    #expect(screen.state.wasInterrupted)
  }

  @Test("Ctrl-C with a note open asks; any other key goes back to the note, all there")
  func interruptAsks() throws {
    var screen = try MeetingScreen()
    screen.type("n" + Self.note)
    #expect(screen.state.unsavedDraft == "note")
    screen.press(.control("c"))
    #expect(!screen.state.isFinished)
    #expect(screen.state.isAskingToQuit)
    #expect(
      screen.message?.text
        == "Ctrl-C again quits and throws away the note you are writing; any other key goes back to it"
    )
    screen.type("x")
    #expect(!screen.state.isAskingToQuit)
    #expect(screen.editorText == Self.note, "the key that answered is not typed into the note")
    #expect(screen.message?.text == "Back to your note: nothing was lost")
  }

  @Test("a second Ctrl-C quits")
  func secondInterruptQuits() throws {
    var screen = try MeetingScreen()
    screen.type("d" + Self.note)
    screen.press(.control("c"), .control("c"))
    #expect(screen.state.isFinished)
    #expect(screen.state.wasInterrupted)
  }

  @Test("SIGINT sent from elsewhere while a note is open asks as Ctrl-C does")
  func signalAsks() throws {
    var screen = try MeetingScreen()
    screen.type("n" + Self.note)
    screen.send(.interrupt)
    #expect(screen.state.isAskingToQuit)
    screen.send(.interrupt)
    #expect(screen.state.isFinished)
  }

  @Test("on the main screen too, Ctrl-C quits")
  func mainScreen() throws {
    var screen = try Screen()
    screen.press(.control("c"))
    #expect(screen.state.isFinished)
    #expect(screen.state.wasInterrupted)
  }

  @Test(
    "what is being written, by kind",
    arguments: [
      ("n", "note"), ("d", "decision"), ("pEvidence in the audit", "closure note"),
      ("rRecruit", "new action"), ("iBoard", "meeting details"),
    ])
  func kinds(keys: String, draft: String) throws {
    var screen = try MeetingScreen()
    screen.type(keys + (keys.count == 1 ? "text" : ""))
    #expect(screen.state.unsavedDraft == draft)
  }

  @Test("a reason being typed for a status change is unsaved text too")
  func reason() throws {
    var screen = try MeetingScreen()
    screen.type("s")
    screen.press(.down, .enter)
    #expect(screen.state.unsavedDraft == nil, "nothing typed yet")
    screen.type("Locums in post")
    #expect(screen.state.unsavedDraft == "reason")
  }

  @Test("an empty editor, or the status choice, is nothing to lose")
  func nothingToLose() throws {
    var screen = try MeetingScreen()
    screen.type("n")
    #expect(screen.state.unsavedDraft == nil)
    screen.press(.escape)
    screen.type("s")
    #expect(screen.state.unsavedDraft == nil)
  }

  @Test("the screen made too small while a note is open: it says the note is not saved")
  func tooSmallSays() throws {
    var screen = try MeetingScreen()
    screen.type("n" + Self.note)
    screen.send(.resize(width: 30, height: 8))
    #expect(screen.grid.text.contains("note is not saved"), "\(screen.grid.text)")
  }

  @Test("q on a screen too small to show the note asks; another key keeps it; q q quits")
  func tooSmallQuit() throws {
    var screen = try MeetingScreen()
    screen.type("n" + Self.note)
    screen.send(.resize(width: 30, height: 8))
    screen.type("q")
    #expect(!screen.state.isFinished)
    #expect(screen.state.isAskingToQuit)
    #expect(screen.shows("again"), "\(screen.grid.text)")
    screen.type("j")
    #expect(!screen.state.isAskingToQuit)
    screen.send(.resize(width: 80, height: 24))
    #expect(screen.editorText == Self.note)
    screen.send(.resize(width: 30, height: 8))
    screen.type("qq")
    #expect(screen.state.isFinished)
    #expect(!screen.state.wasInterrupted)
  }
}
