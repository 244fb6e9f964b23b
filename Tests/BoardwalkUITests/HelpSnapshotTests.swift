import BoardwalkUI
import Testing

@Suite("Snapshots: the help overlay")
struct HelpSnapshotTests {
  @Test("? opens the help overlay over the screen", arguments: ScreenSize.both)
  func helpOverlay(size: ScreenSize) throws {
    var screen = try Screen(width: size.width, height: size.height)
    screen.type("?")
    assertScreen(screen, named: size.name)
  }

  @Test("the help overlay scrolled to its end at 80x24")
  func helpScrolledToEnd() throws {
    var screen = try Screen()
    screen.type("?" + String(repeating: "j", count: 300))
    assertScreen(screen, named: "end-80x24")
  }
}
