import BoardwalkUI
import Testing

@Suite("Resizing re-lays out the screen at once and keeps the selection visible")
struct ResizeTests {
  @Test("shrinking from 160x48 to 40x12 scrolls so the selected last row is still drawn")
  func shrinkKeepsSelectionVisible() throws {
    var screen = try Screen(width: 160, height: 48)
    screen.type("G")
    #expect(screen.state.table.scroll == 0)
    screen.resize(width: 40, height: 12)
    #expect(screen.selectedID == "IN-1")
    #expect(screen.state.layout.mode == .narrow)
    let grid = screen.grid
    let tableRows = grid.rows(containing: "IN-1")
    #expect(tableRows.count == 1)
    #expect(grid.row(3).contains("Actions · 13/13"))
  }

  @Test("growing back shows every row again from the top")
  func growShowsEverything() throws {
    var screen = try Screen(width: 40, height: 12)
    screen.type("G")
    #expect(screen.state.table.scroll == 8)
    screen.resize(width: 160, height: 48)
    #expect(screen.state.table.scroll == 0)
    #expect(screen.selectedID == "IN-1")
  }

  @Test(
    "the layout follows the size: one pane, three panes, four panes",
    arguments: [
      (80, 24, [Pane.actions]), (120, 36, [.actions, .areas, .detail]),
      (160, 48, [.actions, .areas, .detail, .heatMap]),
    ])
  func layoutFollowsSize(width: Int, height: Int, panes: [Pane]) throws {
    var screen = try Screen(width: 200, height: 50)
    screen.resize(width: width, height: height)
    #expect(Set(screen.state.layout.panes.keys) == Set(panes))
    #expect(screen.grid.width == width)
    #expect(screen.grid.height == height)
  }

  @Test("a selection far down a list of areas stays visible after shrinking")
  func areasSelectionVisible() throws {
    var screen = try Screen(width: 160, height: 48)
    screen.type("1")
    screen.type(String(repeating: "j", count: 9))
    #expect(screen.filter == "plan:lakeside area:AFI2")
    screen.resize(width: 40, height: 12)
    let cursor = screen.state.areasCursor
    let visible = screen.state.layout.contentRows(of: .areas)
    #expect(cursor.selected == 9)
    #expect(cursor.scroll <= 9 && 9 < cursor.scroll + visible)
    #expect(screen.grid.rows(containing: "AFI2 Communication").count == 1)
  }
}
