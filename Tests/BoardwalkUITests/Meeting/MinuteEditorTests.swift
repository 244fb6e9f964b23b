import BoardwalkUI
import Testing

@Suite("The minute editor: several lines, a cursor, and Unicode edited character by character")
struct MinuteEditorTests {
  @Test("Ctrl-J starts a new line and Enter saves every line")
  func lines() throws {
    var screen = try MeetingScreen()
    screen.type("nTwo points:")
    screen.press(.control("j"))
    screen.type("- funding")
    screen.press(.control("j"))
    screen.type("- staffing")
    #expect(screen.editor?.lines.count == 3)
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .note(Ref.riverside("1.1"), text: "Two points:\n- funding\n- staffing")
      ])
  }

  @Test(
    "a long note wraps at spaces, so every word stays whole on the screen",
    arguments: [(80, 24), (100, 30), (200, 50)])
  func wrapsAtSpaces(width: Int, height: Int) throws {
    var screen = try MeetingScreen(width: width, height: height)
    let note =
      "The board agreed that the Local Offer website must be rewritten with parents and"
      + " carers before the spring term, reporting back at the February meeting"
    screen.type("n" + note)
    #expect(screen.editorText == note)
    let rows = (0..<height).map { screen.grid.row($0) }
    for word in note.split(separator: " ") {
      #expect(rows.contains { $0.contains(word) }, "\(word) is cut across lines: \(rows)")
    }
  }

  @Test("arrows, Home and End move the cursor across lines; typing goes in at the cursor")
  func cursor() throws {
    var screen = try MeetingScreen()
    screen.type("nabcdef")
    screen.press(.control("j"))
    screen.type("xy")
    screen.press(.up)
    #expect(screen.editor.map { [$0.row, $0.column] } == [0, 2])
    screen.press(.home)
    screen.type("A")
    screen.press(.end)
    #expect(screen.editor.map { [$0.row, $0.column] } == [0, 7])
    screen.press(.down)
    #expect(screen.editor.map { [$0.row, $0.column] } == [1, 2])
    screen.press(.right)
    #expect(screen.editor.map { [$0.row, $0.column] } == [1, 2])
    screen.press(.left, .left, .left)
    #expect(screen.editor.map { [$0.row, $0.column] } == [0, 7])
    screen.press(.right, .down)
    #expect(screen.editor.map { [$0.row, $0.column] } == [1, 0])
    screen.type("B")
    #expect(screen.editorText == "Aabcdef\nBxy")
  }

  @Test("backspace deletes before the cursor and joins a line to the one above; Del the reverse")
  func deleting() throws {
    var screen = try MeetingScreen()
    screen.type("nfirst")
    screen.press(.control("j"))
    screen.type("second")
    screen.press(.home, .backspace)
    #expect(screen.editorText == "firstsecond")
    #expect(screen.editor.map { [$0.row, $0.column] } == [0, 5])
    screen.press(.backspace)
    #expect(screen.editorText == "firssecond")
    screen.press(.control("j"), .up, .end, .delete)
    #expect(screen.editorText == "firssecond")
    screen.press(.home, .backspace)
    #expect(screen.editorText == "firssecond")
    #expect(screen.editor.map { [$0.row, $0.column] } == [0, 0])
  }

  @Test("Ctrl-U deletes to the start of the line, Ctrl-K to its end")
  func lineKills() throws {
    var screen = try MeetingScreen()
    screen.type("nkeep this")
    screen.press(.control("j"))
    screen.type("drop | keep")
    screen.press(.left, .left, .left, .left, .left, .left, .control("u"))
    #expect(screen.editorText == "keep this\n| keep")
    screen.press(.up, .control("k"))
    #expect(screen.editorText == "\n| keep")
  }

  @Test("wide CJK characters move and delete one at a time")
  func wideCharacters() throws {
    var screen = try MeetingScreen()
    screen.type("n会议纪要")
    screen.press(.left, .left, .backspace)
    screen.type("X")
    #expect(screen.editorText == "会X纪要")
    #expect(screen.editor?.column == 2)
  }

  @Test("a combining accent typed after its letter is one character with it")
  func combiningAccent() throws {
    var screen = try MeetingScreen()
    screen.type("nCafe\u{301}")
    #expect(screen.editorText == "Caf\u{E9}")
    #expect(screen.editor?.lines.first?.count == 4)
    #expect(screen.editor?.column == 4)
    screen.press(.backspace)
    #expect(screen.editorText == "Caf")
  }

  @Test("an emoji with a skin tone, or joined by ZWJ, typed scalar by scalar, is one character")
  func emojiSequences() throws {
    var screen = try MeetingScreen()
    screen.type("n👍🏽 👩‍💻")
    #expect(screen.editor?.lines.first?.count == 3)
    screen.press(.backspace)
    #expect(screen.editorText == "👍🏽 ")
    screen.press(.backspace, .backspace)
    #expect(screen.editorText == "")
  }

  @Test("the note saved holds the Unicode exactly as typed")
  func savedUnicode() throws {
    var screen = try MeetingScreen(width: 200, height: 50)
    screen.type("nCafe\u{301} 会议 👍🏽 done")
    screen.press(.enter)
    #expect(screen.eventsToRecord == [.note(Ref.riverside("1.1"), text: "Café 会议 👍🏽 done")])
    screen.save()
    #expect(screen.shows("• Note: Café 会议 👍🏽 done"))
  }

  @Test("the editor draws an accent on its letter and wide characters whole")
  func drawn() throws {
    var screen = try MeetingScreen()
    screen.type("nCafe\u{301} 会议")
    #expect(screen.grid.location(of: "Café 会议") != nil)
  }

  @Test("the cursor is drawn on the character it stands before")
  func cursorDrawn() throws {
    var screen = try MeetingScreen()
    screen.type("n会议纪要")
    screen.press(.left, .left)
    let grid = screen.grid
    let cursor = try #require(grid.location(of: "纪"))
    let before = try #require(grid.location(of: "议"))
    #expect(grid[cursor.x, cursor.y].style.isReversed != grid[before.x, before.y].style.isReversed)
  }
}
