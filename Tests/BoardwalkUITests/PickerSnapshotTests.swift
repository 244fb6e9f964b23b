import BoardwalkUI
import Testing

@Suite("Snapshots: the quick pickers")
struct PickerSnapshotTests {
  /// Each picker's key and a query to type into it.
  static let pickers: [(key: Character, name: String, query: String)] = [
    ("o", "owner", "send"),
    ("a", "area", "afi"),
    ("d", "due", "2026-12..2027-01"),
    ("s", "status", "amb"),
  ]

  @Test("each picker as it opens", arguments: ScreenSize.both, pickers.indices)
  func pickerOpen(size: ScreenSize, index: Int) throws {
    let picker = Self.pickers[index]
    var screen = try Screen(width: size.width, height: size.height)
    screen.type(String(picker.key))
    assertScreen(screen, named: "\(picker.name)-\(size.name)")
  }

  @Test("each picker with a query typed", arguments: ScreenSize.both, pickers.indices)
  func pickerWithQuery(size: ScreenSize, index: Int) throws {
    let picker = Self.pickers[index]
    var screen = try Screen(width: size.width, height: size.height)
    screen.type(String(picker.key) + picker.query)
    assertScreen(screen, named: "\(picker.name)-query-\(size.name)")
  }

  @Test("the owner picker with two owners chosen with Tab")
  func ownerPickerWithChoices() throws {
    var screen = try Screen()
    screen.type("o")
    screen.press(.tab)
    screen.press(.down, .down)
    screen.press(.tab)
    assertScreen(screen, named: "80x24")
  }

  @Test("a query nothing matches")
  func nothingMatches() throws {
    var screen = try Screen()
    screen.type("oxyzzy")
    assertScreen(screen, named: "80x24")
  }
}
