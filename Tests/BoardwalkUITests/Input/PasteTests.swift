import BoardwalkUI
import Testing

@Suite("A paste inserts into the open editor with its line breaks flattened")
struct PasteTests {
  @Test("into the filter editor: a line break becomes a space and the filter applies")
  func filterEditor() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("status:red\nowner:\"Head of SEND\""))
    guard case .filterEditor(let editing) = screen.state.overlay else {
      Issue.record("no editor")
      return
    }
    #expect(editing.editor.text == "status:red owner:\"Head of SEND\"")
    #expect(screen.filter == "status:red owner:\"Head of SEND\"")
    #expect(screen.rowIDs == ["1.1"])
  }

  @Test("CRLF and tabs become spaces too")
  func crlfAndTabs() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("status:amber\r\n\tplan:lakeside"))
    guard case .filterEditor(let editing) = screen.state.overlay else {
      Issue.record("no editor")
      return
    }
    #expect(editing.editor.text == "status:amber  plan:lakeside")
    #expect(screen.rowIDs == ["CF-1"])
  }

  @Test("a paste goes in at the cursor")
  func atCursor() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("plan:lakeside"))
    screen.press(.home)
    screen.send(.paste("status:red\n"))
    guard case .filterEditor(let editing) = screen.state.overlay else {
      Issue.record("no editor")
      return
    }
    #expect(editing.editor.text == "status:red plan:lakeside")
    #expect(screen.rowIDs == ["AP-1"])
  }

  @Test("into the search box")
  func search() throws {
    var screen = try Screen()
    screen.type("/")
    screen.send(.paste("home to\nschool"))
    #expect(screen.filter == "\"home to school\"")
    #expect(screen.rowIDs == ["1.2"])
  }

  @Test("into a picker's query")
  func picker() throws {
    var screen = try Screen()
    screen.type("o")
    screen.send(.paste("programme\n"))
    guard case .picker(let picker) = screen.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.query.text == "programme ")
    #expect(picker.visibleItems.map(\.title) == ["SEND Programme Manager"])
  }

  @Test("with nothing open, a paste changes nothing")
  func nothingOpen() throws {
    var screen = try Screen()
    screen.send(.paste("status:red"))
    #expect(screen.state.overlay == nil)
    #expect(screen.filter == "")
  }
}
