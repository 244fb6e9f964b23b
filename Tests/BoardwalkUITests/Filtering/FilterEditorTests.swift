import BoardwalkCore
import BoardwalkUI
import Testing

@Suite(
  "f edits the whole filter: live while it parses, the last good result and the error position when not"
)
struct FilterEditorTests {
  static func editor(_ screen: Screen) -> FilterEditorState? {
    if case .filterEditor(let editing) = screen.state.overlay { return editing }
    return nil
  }

  @Test("the editor opens holding the active filter in the grammar")
  func opensWithFilter() throws {
    var screen = try Screen(filter: "Status:red owner:send")
    screen.type("f")
    #expect(Self.editor(screen)?.editor.text == "status:red owner:send")
    #expect(screen.grid.row(0).hasPrefix("Filter: status:red owner:send"))
  }

  @Test("every change that parses is applied at once")
  func live() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("status:red"))
    #expect(screen.rowIDs == ["1.1", "AP-1"])
    screen.type(" plan:lakeside")
    #expect(screen.filter == "status:red plan:lakeside")
    #expect(screen.rowIDs == ["AP-1"])
    #expect(Self.editor(screen)?.error == nil)
    #expect(screen.grid.row(1).hasPrefix("1 of 13 actions match"))
  }

  @Test("an expression that does not parse keeps the last good result and marks the column")
  func syntaxError() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("status:red"))
    screen.send(.paste(" owner:"))
    let error = try #require(Self.editor(screen)?.error)
    #expect(error.position == 17)
    #expect(screen.filter == "status:red")
    #expect(screen.rowIDs == ["1.1", "AP-1"])
    let grid = screen.grid
    // "Filter: " is 8 cells, so character 17 of the text is under column 25.
    #expect(
      grid.row(1) == String(repeating: " ", count: 25) + "^" + String(repeating: " ", count: 54))
    #expect(grid.row(2).hasPrefix("column 18: expected a value after \"owner:\""))
  }

  @Test("an unknown status is an error at its value")
  func unknownStatus() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("plan:lakeside status:purple"))
    let error = try #require(Self.editor(screen)?.error)
    #expect(error.position == 21)
    #expect(screen.filter == "")
    #expect(
      screen.grid.row(1) == String(repeating: " ", count: 29) + "^"
        + String(repeating: " ", count: 50))
  }

  @Test("the caret follows wide characters: a CJK value moves it two cells per character")
  func caretAfterWideText() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("日本 owner:"))
    let error = try #require(Self.editor(screen)?.error)
    #expect(error.position == 9)
    // 8 cells of prompt, 4 for 日本, 7 for " owner:".
    #expect(
      screen.grid.row(1) == String(repeating: " ", count: 19) + "^"
        + String(repeating: " ", count: 60))
  }

  @Test("Enter on an error keeps the editor open and says to fix it")
  func enterOnError() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("owner:"))
    screen.press(.enter)
    #expect(Self.editor(screen) != nil)
    #expect(screen.state.message?.text.hasPrefix("Fix the filter first: column 7") == true)
  }

  @Test("Esc undoes the whole edit")
  func escUndoes() throws {
    var screen = try Screen(filter: "plan:riverside")
    screen.type("f")
    screen.press(.control("u"))
    #expect(screen.rowIDs.count == 13)
    screen.send(.paste("status:green"))
    #expect(screen.rowIDs == ["1.3", "AP-2", "IN-1"])
    screen.press(.escape)
    #expect(screen.state.overlay == nil)
    #expect(screen.filter == "plan:riverside")
    #expect(screen.rowIDs.count == 7)
  }

  @Test("Enter keeps the edit, and Esc afterwards steps back to the filter before it")
  func enterKeeps() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("due:overdue"))
    screen.press(.enter)
    #expect(screen.state.overlay == nil)
    #expect(screen.filter == "due:overdue")
    #expect(screen.rowIDs == ["1.1", "1.3", "3.1", "AP-1", "CF-1"])
    screen.press(.escape)
    #expect(screen.filter == "")
  }
}
