import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("Pasting in a meeting: minute text keeps its lines, one-line fields get spaces")
struct MinutePasteTests {
  @Test("into a note: CRLF and LF start new lines, a tab becomes spaces")
  func note() throws {
    var screen = try MeetingScreen()
    screen.type("n")
    screen.paste("Actions agreed:\r\n- reissue the tender\n\t- report in March")
    #expect(screen.editorText == "Actions agreed:\n- reissue the tender\n    - report in March")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .note(
          Ref.riverside("1.1"), text: "Actions agreed:\n- reissue the tender\n    - report in March"
        )
      ])
  }

  @Test("into a decision at the cursor, the cursor ending after the paste")
  func atCursor() throws {
    var screen = try MeetingScreen()
    screen.type("d -- agreed")
    screen.press(.home)
    screen.paste("Escalate to the DCS\nin writing")
    #expect(screen.editorText == "Escalate to the DCS\nin writing -- agreed")
    #expect(screen.editor.map { [$0.row, $0.column] } == [1, 10])
  }

  @Test("Unicode pasted keeps its characters whole")
  func unicode() throws {
    var screen = try MeetingScreen()
    screen.type("n")
    screen.paste("Cafe\u{301} 会议 👩‍💻")
    #expect(screen.editor?.lines.first?.count == 9)
  }

  @Test("into a status reason: one line, line breaks as spaces")
  func reason() throws {
    var screen = try MeetingScreen()
    screen.type("s")
    screen.press(.down, .enter)
    screen.paste("Funding\nconfirmed")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .statusChanged(Ref.riverside("1.1"), from: "red", to: "amber", reason: "Funding confirmed")
      ])
  }

  @Test("into the focused field of a form")
  func formField() throws {
    var screen = try MeetingScreen()
    screen.type("rA title")
    screen.press(.tab)
    screen.paste("Head of SEND;\nSENCO")
    guard case .raise(let form) = screen.overlay else {
      Issue.record("no form")
      return
    }
    #expect(form.fields.map(\.editor.text) == ["A title", "Head of SEND; SENCO", "", "APA1", "no"])
  }

  @Test("with nothing being written, a paste changes nothing and asks nothing")
  func nothingOpen() throws {
    var screen = try MeetingScreen()
    screen.paste("n stray text")
    #expect(screen.overlay == nil)
    #expect(screen.pending.isEmpty)
    #expect(screen.currentID == "1.1")
  }
}
