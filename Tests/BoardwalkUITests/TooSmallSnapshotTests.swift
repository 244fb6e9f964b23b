import BoardwalkUI
import Testing

@Suite("Snapshots: a terminal below 40x12")
struct TooSmallSnapshotTests {
  @Test(
    "the too-small message",
    arguments: [
      ScreenSize(width: 39, height: 11), ScreenSize(width: 39, height: 12),
      ScreenSize(width: 40, height: 11), ScreenSize(width: 20, height: 5),
    ])
  func tooSmall(size: ScreenSize) throws {
    let screen = try Screen(width: size.width, height: size.height)
    assertScreen(screen, named: size.name)
  }

  @Test("the smallest screen that draws panes: 40x12")
  func smallest() throws {
    let screen = try Screen(width: 40, height: 12)
    assertScreen(screen, named: "40x12")
  }
}
