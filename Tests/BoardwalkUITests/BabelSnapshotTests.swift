import BoardwalkUI
import Testing

@Suite("Snapshots: a plan of CJK, accents, emoji, escapes, controls and right-to-left text")
struct BabelSnapshotTests {
  @Test("each pane focused", arguments: ScreenSize.both, Pane.allCases)
  func paneFocused(size: ScreenSize, pane: Pane) throws {
    var screen = try Screen(.babel, width: size.width, height: size.height)
    screen.press(pane.key)
    assertScreen(screen, named: "\(pane.rawValue)-\(size.name)")
  }

  @Test("the detail of the action whose text holds escape sequences", arguments: ScreenSize.both)
  func escapeDetail(size: ScreenSize) throws {
    var screen = try Screen(.babel, width: size.width, height: size.height)
    screen.type("jjjjj")
    try #require(screen.selectedID == "ESC-1")
    screen.press(.character("4"))
    assertScreen(screen, named: "ESC-1-\(size.name)")
  }

  @Test("the detail of the action whose title holds control characters", arguments: ScreenSize.both)
  func controlDetail(size: ScreenSize) throws {
    var screen = try Screen(.babel, width: size.width, height: size.height)
    screen.type("jjjjjj")
    try #require(screen.selectedID == "ESC-2")
    screen.press(.character("4"))
    assertScreen(screen, named: "ESC-2-\(size.name)")
  }

  @Test("the owner and area pickers", arguments: ScreenSize.both, ["o", "a"])
  func pickers(size: ScreenSize, key: String) throws {
    var screen = try Screen(.babel, width: size.width, height: size.height)
    screen.type(key)
    assertScreen(screen, named: "\(key)-\(size.name)")
  }

  @Test("the heat map's owner rows", arguments: ScreenSize.both)
  func heatMapOwners(size: ScreenSize) throws {
    var screen = try Screen(.babel, width: size.width, height: size.height)
    screen.type("3H")
    assertScreen(screen, named: "owners-\(size.name)")
  }
}
