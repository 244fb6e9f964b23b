import BoardwalkMeeting
import BoardwalkUI
import Testing

/// A field that holds a default (the item's area, "no" for confidential) is selected on
/// arrival, as in any form: the minute-taker types the new value rather than clearing the
/// old one first.
@Suite("Arriving at a filled-in field selects it: typing replaces it")
struct FormSelectionTests {
  /// The raise form with focus on its Area field (filled in with the item's area).
  static func atArea() throws -> MeetingScreen {
    var screen = try MeetingScreen()
    screen.type("rCommission an independent review")
    screen.press(.tab, .tab, .tab)
    return screen
  }

  static func form(_ screen: MeetingScreen) -> FormState? {
    if case .raise(let form) = screen.overlay { return form }
    return nil
  }

  static func area(_ screen: MeetingScreen) -> String? {
    form(screen)?.value("Area")
  }

  @Test("typing replaces the default, and the rest of what is typed follows it")
  func typingReplaces() throws {
    var screen = try Self.atArea()
    #expect(Self.area(screen) == "APA1")
    #expect(Self.form(screen)?.isSelected == true)
    screen.type("AFI1")
    #expect(Self.area(screen) == "AFI1")
    #expect(Self.form(screen)?.isSelected == false)
  }

  @Test("Backspace clears a selected field", arguments: [Key.backspace, .delete, .control("u")])
  func deletingClears(key: Key) throws {
    var screen = try Self.atArea()
    screen.press(key)
    #expect(Self.area(screen) == "")
  }

  @Test("a movement key keeps the text and edits it from the cursor")
  func movingKeeps() throws {
    var screen = try Self.atArea()
    screen.press(.end)
    screen.type("-b")
    #expect(Self.area(screen) == "APA1-b")
  }

  @Test("a paste replaces a selected field")
  func pasteReplaces() throws {
    var screen = try Self.atArea()
    screen.paste("AFI2")
    #expect(Self.area(screen) == "AFI2")
  }

  @Test("an empty field is not selected, and a field typed into stays as typed when left")
  func emptyAndTyped() throws {
    var screen = try MeetingScreen()
    screen.type("r")
    #expect(Self.form(screen)?.isSelected == false)
    screen.type("Title")
    screen.press(.tab, .backTab)
    #expect(Self.form(screen)?.isSelected == true)
    screen.press(.end)
    screen.type(" two")
    #expect(Self.form(screen)?.value("Title") == "Title two")
  }

  @Test("the selection is drawn as a selection, and no cursor is drawn in it")
  func drawnAsSelection() throws {
    let screen = try Self.atArea()
    let row = try #require(screen.grid.rows(containing: "Area").first)
    let start = try #require(screen.grid.location(of: "APA1", rows: row..<(row + 1)))
    #expect(screen.grid[start.x, row].style == screen.state.theme[.selection])
  }
}
