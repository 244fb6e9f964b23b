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
    #expect(grid.row(1).hasPrefix(String(repeating: " ", count: 25) + "^ "))
    #expect(grid.row(1).hasSuffix("showing status:red (2)"))
    #expect(grid.row(2).hasPrefix("column 18: expected a value after \"owner:\""))
  }

  @Test("an unknown status is an error at its value; the terms before it still filter")
  func unknownStatus() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("plan:lakeside status:purple"))
    let error = try #require(Self.editor(screen)?.error)
    #expect(error.position == 21)
    #expect(screen.filter == "plan:lakeside")
    #expect(screen.grid.row(1).hasPrefix(String(repeating: " ", count: 29) + "^ "))
  }

  @Test(
    "typed key by key, a term not yet read never filters as what it half reads: the terms before it do"
  )
  func typedKeyByKey() throws {
    var screen = try Screen()
    screen.type("f")
    // "status:red owne" reads (a search for "owne"); "status:red owner:" does not.
    screen.type("status:red owner:")
    #expect(Self.editor(screen)?.error != nil)
    #expect(screen.filter == "status:red")
    #expect(screen.rowIDs == ["1.1", "AP-1"])
    #expect(screen.grid.row(1).hasSuffix("showing status:red (2)"), "\(screen.grid.row(1))")
    // A first term that does not read shows the filter from before the edit.
    screen.press(.control("u"))
    screen.type("zz:")
    #expect(screen.filter == "")
    #expect(screen.rowIDs.count == 13)
  }

  @Test("the caret follows wide characters: a CJK value moves it two cells per character")
  func caretAfterWideText() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("日本 owner:"))
    let error = try #require(Self.editor(screen)?.error)
    #expect(error.position == 9)
    // 8 cells of prompt, 4 for 日本, 7 for " owner:".
    #expect(screen.grid.row(1).hasPrefix(String(repeating: " ", count: 19) + "^ "))
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

/// Issue 13: messages the status line must cut are read whole: `L` shows the last one in a
/// box, and the filter editor wraps its error and its hint.
@Suite("long messages read whole")
struct LongMessageTests {
  static let longFilter = "zz:x"

  @Test("a cut message says so, and L shows it whole until a key closes it")
  func lastMessage() throws {
    var screen = try Screen(width: 80, height: 24)
    screen.type("f")
    screen.send(.paste(Self.longFilter))
    screen.press(.enter)
    let line = screen.grid.row(23)
    #expect(line.contains("L: all of it"), "\(line)")
    screen.press(.escape)
    #expect(screen.state.message == nil)
    screen.type("L")
    guard case .lastMessage(let message) = screen.state.overlay else {
      Issue.record("no message box: \(screen.grid.text)")
      return
    }
    #expect(message.text.contains("put it in double quotes"))
    #expect(screen.grid.text.contains("Fix the filter first: column 1: unknown key"))
    screen.type("x")
    #expect(screen.state.overlay == nil)
  }

  @Test("with no message yet, L says so")
  func noMessage() throws {
    var screen = try Screen()
    screen.type("L")
    #expect(screen.state.overlay == nil)
    #expect(screen.state.message?.text == "No message yet")
  }

  @Test("the filter editor's error wraps whole at 80 columns")
  func editorErrorWraps() throws {
    var screen = try Screen(width: 80, height: 24)
    screen.type("f")
    screen.send(.paste("--status:red"))
    let text = screen.grid.row(2) + " " + screen.grid.row(3)
    #expect(text.contains("is not a key: write \"status:\""))
    #expect(text.contains("put it in double quotes"), "\(screen.grid.text)")
  }
}
