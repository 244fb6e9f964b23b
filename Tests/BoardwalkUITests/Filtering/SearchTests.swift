import BoardwalkUI
import Testing

@Suite("/ searches as you type, on top of the filter; Esc restores the filter")
struct SearchTests {
  /// A screen already filtered to the Head of SEND's five actions.
  static func headOfSEND() throws -> Screen {
    var screen = try Screen()
    screen.type("o")
    screen.press(.down, .enter)
    return screen
  }

  @Test("each key typed re-filters at once")
  func live() throws {
    var screen = try Self.headOfSEND()
    screen.type("/")
    #expect(screen.rowIDs == ["1.1", "1.2", "2.2", "AP-2", "IN-1"])
    screen.type("back")
    #expect(screen.filter == "owner:\"Head of SEND\" back")
    #expect(screen.rowIDs == ["1.1"])
    screen.press(.backspace, .backspace, .backspace, .backspace)
    #expect(screen.filter == "owner:\"Head of SEND\"")
    #expect(screen.rowIDs.count == 5)
    screen.type("transport")
    #expect(screen.rowIDs == ["1.2"])
    #expect(screen.grid.row(0).hasPrefix("Search: transport"))
    #expect(screen.grid.row(1).hasPrefix("1 of 13 actions match"))
  }

  @Test("the search reads titles, owners, outcomes and update notes")
  func fields() throws {
    var screen = try Screen()
    screen.type("/transport")
    #expect(screen.rowIDs == ["1.2", "PS-1"])
    screen.press(.control("u"))
    screen.type("withdrew")
    #expect(screen.rowIDs == ["AP-1"])
    screen.press(.control("u"))
    screen.type("psychologist")
    #expect(screen.rowIDs == ["1.1"])
  }

  @Test("Esc closes the search and restores the filter it started from")
  func escRestores() throws {
    var screen = try Self.headOfSEND()
    screen.type("/transport")
    screen.press(.escape)
    #expect(screen.state.overlay == nil)
    #expect(screen.filter == "owner:\"Head of SEND\"")
    #expect(screen.rowIDs.count == 5)
  }

  @Test("Enter keeps the search, and Esc afterwards steps back to the filter before it")
  func enterKeeps() throws {
    var screen = try Self.headOfSEND()
    screen.type("/transport")
    screen.press(.enter)
    #expect(screen.state.overlay == nil)
    #expect(screen.filter == "owner:\"Head of SEND\" transport")
    screen.press(.escape)
    #expect(screen.filter == "owner:\"Head of SEND\"")
  }

  @Test("a phrase with spaces is one quoted term")
  func phrase() throws {
    var screen = try Screen()
    screen.type("/home to school")
    #expect(screen.filter == "\"home to school\"")
    #expect(screen.rowIDs == ["1.2"])
  }
}
