import BoardwalkUI
import Testing

@Suite("Snapshots: the RAG heat map")
struct HeatMapSnapshotTests {
  @Test("rows of areas", arguments: ScreenSize.both)
  func areaRows(size: ScreenSize) throws {
    var screen = try Screen(width: size.width, height: size.height)
    screen.type("3")
    assertScreen(screen, named: "areas-\(size.name)")
  }

  @Test("rows of owners after H", arguments: ScreenSize.both)
  func ownerRows(size: ScreenSize) throws {
    var screen = try Screen(width: size.width, height: size.height)
    screen.type("3H")
    assertScreen(screen, named: "owners-\(size.name)")
  }

  @Test("the table after Enter on a cell: the header shows the filter the cell set")
  func afterEnterOnCell() throws {
    var screen = try Screen()
    screen.type("3jjlllll")
    screen.press(.enter)
    assertScreen(screen, named: "AFI1-unrated-80x24")
  }
}
