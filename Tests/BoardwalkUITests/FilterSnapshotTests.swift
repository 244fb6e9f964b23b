import BoardwalkUI
import Testing

@Suite("Snapshots: filtering")
struct FilterSnapshotTests {
  @Test("a filter nothing matches", arguments: ScreenSize.both)
  func noResults(size: ScreenSize) throws {
    let screen = try Screen(
      width: size.width, height: size.height, filter: "owner:\"Nobody at all\" status:red")
    assertScreen(screen, named: size.name)
  }

  @Test("the filter editor marking where the expression stops parsing", arguments: ScreenSize.both)
  func editorError(size: ScreenSize) throws {
    var screen = try Screen(width: size.width, height: size.height)
    screen.type("f")
    screen.send(.paste("status:red owner:"))
    assertScreen(screen, named: size.name)
  }

  @Test("the filter editor while the expression parses: live count")
  func editorLive() throws {
    var screen = try Screen()
    screen.type("f")
    screen.send(.paste("status:red,amber -area:AFI2"))
    assertScreen(screen, named: "80x24")
  }

  @Test("the search box with a word typed")
  func searchBox() throws {
    var screen = try Screen()
    screen.type("/transport")
    assertScreen(screen, named: "80x24")
  }
}
