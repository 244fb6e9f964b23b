import BoardwalkUI
import Testing

/// Clicks land where the text is drawn: the tests find it on the rendered screen first.
@Suite("The mouse selects rows, areas and heat-map cells; the wheel scrolls")
struct MouseTests {
  @Test("a click on a table row selects it and shows its detail")
  func clickRow() throws {
    var screen = try Screen(width: 160, height: 48)
    let table = try #require(screen.state.layout.panes[.actions])
    let spot = try #require(
      screen.grid.location(of: "AP-1 ", columns: table.x..<table.maxX))
    screen.click(x: spot.x + 1, y: spot.y)
    #expect(screen.selectedID == "AP-1")
    #expect(screen.state.focus == .actions)
    #expect(screen.grid.text.contains("Commission an alternative provision framework "))
  }

  @Test("a second click on the selected row opens its detail")
  func secondClickOpens() throws {
    var screen = try Screen()
    let spot = try #require(screen.grid.location(of: "1.3 "))
    screen.click(x: spot.x, y: spot.y)
    #expect(screen.selectedID == "1.3")
    #expect(screen.state.focus == .actions)
    screen.click(x: spot.x, y: spot.y)
    #expect(screen.state.focus == .detail)
  }

  @Test("a click on an area filters the table to it")
  func clickArea() throws {
    var screen = try Screen(width: 160, height: 48)
    let spot = try #require(screen.grid.location(of: "O1 Alternative"))
    screen.click(x: spot.x, y: spot.y)
    #expect(screen.state.focus == .areas)
    #expect(screen.filter == "plan:lakeside area:O1")
    #expect(screen.rowIDs == ["AP-1", "AP-2"])
  }

  @Test("a click on a heat-map cell selects it; a second click on the same cell applies it")
  func clickHeatCell() throws {
    var screen = try Screen(width: 160, height: 48)
    let heat = try #require(screen.state.layout.panes[.heatMap])
    let columns = heat.x..<heat.maxX
    let heading = try #require(screen.grid.location(of: "Area ", columns: columns))
    let unrated = try #require(
      screen.grid.location(of: "-", rows: heading.y..<(heading.y + 1), columns: columns))
    let row = try #require(
      screen.grid.location(of: "AFI1 ", rows: heading.y..<heat.maxY, columns: columns))
    screen.click(x: unrated.x, y: row.y)
    #expect(screen.state.focus == .heatMap)
    #expect(screen.state.heatCursor.selected == 2)
    #expect(screen.state.heatColumn == 5)
    #expect(screen.filter == "")
    screen.click(x: unrated.x, y: row.y)
    #expect(screen.filter == "plan:riverside area:AFI1 status:unrated")
    #expect(screen.rowIDs == ["3.1"])
  }

  @Test("a click on a different cell moves the selection without applying anything")
  func clickOtherCell() throws {
    var screen = try Screen(width: 160, height: 48)
    screen.type("3")
    let heat = try #require(screen.state.layout.panes[.heatMap])
    let columns = heat.x..<heat.maxX
    let heading = try #require(screen.grid.location(of: "Area ", columns: columns))
    let overdue = try #require(
      screen.grid.location(of: "!", rows: heading.y..<(heading.y + 1), columns: columns))
    let row = try #require(
      screen.grid.location(of: "C1 lakeside", rows: heading.y..<heat.maxY, columns: columns))
    screen.click(x: overdue.x, y: row.y)
    #expect(screen.state.heatCursor.selected == 3)
    #expect(screen.state.heatColumn == 6)
    #expect(screen.filter == "")
    screen.click(x: overdue.x, y: row.y)
    #expect(screen.filter == "plan:lakeside area:C1 due:overdue")
    #expect(screen.rowIDs == ["AP-1"])
  }

  @Test("a click on a tab brings its pane forward")
  func clickTab() throws {
    var screen = try Screen()
    let tab = try #require(screen.grid.location(of: "3 Heat map"))
    screen.click(x: tab.x, y: tab.y)
    #expect(screen.state.focus == .heatMap)
  }

  @Test("the wheel moves the selection three rows at a time and the view follows")
  func wheel() throws {
    var screen = try Screen(width: 40, height: 12)
    screen.send(.mouse(MouseEvent(.scrollDown, x: 10, y: 6)))
    #expect(screen.selectedID == "2.1")
    screen.send(.mouse(MouseEvent(.scrollDown, x: 10, y: 6)))
    #expect(screen.selectedID == "3.1")
    #expect(TableMovementTests.drawnIDs(screen) == ["1.3", "2.1", "2.2", "2.3", "3.1"])
    screen.send(.mouse(MouseEvent(.scrollUp, x: 10, y: 6)))
    #expect(screen.selectedID == "2.1")
    #expect(TableMovementTests.drawnIDs(screen) == ["1.3", "2.1", "2.2", "2.3", "3.1"])
  }

  @Test("a click on a picker item highlights it; a second click applies it")
  func clickPickerItem() throws {
    var screen = try Screen()
    screen.type("o")
    let spot = try #require(screen.grid.location(of: "Parent Carer Forum"))
    screen.click(x: spot.x, y: spot.y)
    guard case .picker(let picker) = screen.state.overlay else {
      Issue.record("the picker closed")
      return
    }
    #expect(picker.highlighted?.title == "Parent Carer Forum")
    screen.click(x: spot.x, y: spot.y)
    #expect(screen.filter == "owner:\"Parent Carer Forum\"")
  }
}
