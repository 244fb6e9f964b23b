import BoardwalkUI
import Testing

@Suite("Snapshots: the main screen with each pane focused")
struct MainViewSnapshotTests {
  @Test(
    "each pane focused at 80x24 (one pane at a time) and 160x48 (every pane)",
    arguments: ScreenSize.both, Pane.allCases)
  func paneFocused(size: ScreenSize, pane: Pane) throws {
    var screen = try Screen(width: size.width, height: size.height)
    screen.press(pane.key)
    assertScreen(screen, named: "\(pane.rawValue)-\(size.name)")
  }

  @Test("the detail of an action with three dated status changes", arguments: ScreenSize.both)
  func detailWithHistory(size: ScreenSize) throws {
    var screen = try Screen(width: size.width, height: size.height)
    screen.type("jjjjjjj")
    try #require(screen.selectedID == "AP-1")
    screen.press(.enter)
    assertScreen(screen, named: "AP-1-\(size.name)")
  }

  @Test("a medium screen shows areas beside the table and the heat map below it")
  func mediumWithHeatMap() throws {
    var screen = try Screen(width: 120, height: 36)
    screen.type("3")
    assertScreen(screen, named: "heatMap-120x36")
  }
}
