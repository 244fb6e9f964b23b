import BoardwalkUI
import Testing

@Suite("Ctrl-O continues the minute text in $EDITOR and brings it back")
struct ExternalEditorTests {
  @Test("Ctrl-O asks the shell to open $EDITOR with the text so far, keeping the editor open")
  func asks() throws {
    var screen = try MeetingScreen()
    screen.type("nDraft")
    screen.press(.control("o"))
    #expect(screen.pending == [.editExternally("Draft")])
    #expect(screen.editorText == "Draft")
  }

  @Test("the edited text replaces the editor's, cursor at its end; Enter saves it")
  func edited() throws {
    var screen = try MeetingScreen()
    screen.type("dDraft")
    screen.press(.control("o"))
    screen.editorReturns("Draft decision\nwith a second line\n")
    #expect(screen.editorText == "Draft decision\nwith a second line\n")
    #expect(screen.editor.map { [$0.row, $0.column] } == [2, 0])
    guard case .text(_, .decision) = screen.overlay else {
      Issue.record("no longer the decision editor")
      return
    }
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .decision(Ref.riverside("1.1"), text: "Draft decision\nwith a second line")
      ])
  }

  @Test("when $EDITOR fails or is cancelled the text stays as it was")
  func failed() throws {
    var screen = try MeetingScreen()
    screen.type("nDraft")
    screen.press(.control("o"))
    screen.editorReturns(nil)
    #expect(screen.editorText == "Draft")
    #expect(screen.pending.isEmpty)
  }
}
