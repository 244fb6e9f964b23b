import BoardwalkCore
import BoardwalkUI
import Foundation
import Testing

@Suite("Enter on a heat-map cell filters the table to exactly the actions counted in it")
struct HeatMapEnterTests {
  /// The number drawn in a cell of the heat map at 80x24 ("·" is none).
  static func drawnCount(_ screen: Screen, row: Int, column: Int) -> Int? {
    let grid = screen.grid
    guard let heading = grid.rows(containing: "Unrated Overdue").first else { return nil }
    let values = grid.row(heading + 1 + row).split(separator: " ").dropLast().suffix(7)
    guard values.count == 7 else { return nil }
    let value = values[values.startIndex + column]
    return value == "·" ? 0 : Int(value)
  }

  static func enter(_ cell: HeatCell, owners: Bool) throws -> (drawn: Int?, screen: Screen) {
    var screen = try Screen()
    screen.type("3" + (owners ? "H" : ""))
    screen.type(
      String(repeating: "j", count: cell.row) + String(repeating: "l", count: cell.column))
    let drawn = drawnCount(screen, row: cell.row, column: cell.column)
    screen.press(.enter)
    return (drawn, screen)
  }

  @Test(
    "area rows: the filter is plan:P area:X and a status or due term", arguments: HeatCell.areaCells
  )
  func areaCell(cell: HeatCell) throws {
    let (drawn, screen) = try Self.enter(cell, owners: false)
    #expect(drawn == cell.ids.count)
    #expect(screen.filter == cell.filter)
    #expect(screen.rowIDs == cell.ids)
    #expect(screen.state.focus == .actions)
    #expect(screen.grid.row(1).contains("Filter: \(cell.filter)"))
  }

  @Test("H switches the rows to owners; Enter sets owner:NAME", arguments: HeatCell.ownerCells)
  func ownerCell(cell: HeatCell) throws {
    let (drawn, screen) = try Self.enter(cell, owners: true)
    #expect(drawn == cell.ids.count)
    #expect(screen.filter == cell.filter)
    #expect(screen.rowIDs == cell.ids)
  }

  @Test("H switches back to areas, and the pane's title says which rows it shows")
  func hToggles() throws {
    var screen = try Screen()
    screen.type("3")
    #expect(screen.grid.row(3).contains("Heat map · areas"))
    screen.type("H")
    #expect(screen.grid.row(3).contains("Heat map · owners"))
    #expect(screen.grid.row(screen.state.height - 1).contains("Heat map rows: owners"))
    screen.type("H")
    #expect(screen.grid.row(3).contains("Heat map · areas"))
  }

  @Test(
    "H works from any pane: on a wide screen the heat map switches where it is; at 80x24 it comes forward",
    arguments: [Pane.areas, .actions, .detail])
  func hFromAnyPane(pane: Pane) throws {
    var wide = try Screen(width: 160, height: 48)
    wide.press(pane.key)
    wide.type("H")
    #expect(wide.state.focus == pane)
    #expect(wide.grid.rows(containing: "Heat map · owners").count == 1)
    var narrow = try Screen()
    narrow.press(pane.key)
    narrow.type("H")
    #expect(narrow.state.focus == .heatMap)
    #expect(narrow.grid.row(3).contains("Heat map · owners"))
  }

  @Test("h and l stop at the first and last columns")
  func columnsClamp() throws {
    var screen = try Screen()
    screen.type("3hhh")
    #expect(screen.state.heatColumn == 0)
    screen.type("llllllllll")
    #expect(screen.state.heatColumn == 6)
    screen.press(.enter)
    #expect(screen.filter == "plan:riverside area:APA1 due:overdue")
  }

  @Test("a cell applied on top of a filter adds its terms to it")
  func addsToTheFilter() throws {
    var screen = try Screen(filter: "owner:~send")
    screen.type("3")
    screen.press(.enter)
    #expect(screen.filter == "owner:~send plan:riverside area:APA1 status:red")
    #expect(screen.rowIDs == ["1.1"])
  }
}

@Suite("Heat map owner rows say whose they are")
struct HeatMapOwnerLabelTests {
  @Test("owners cut alike keep their start and end; the rest are cut at the end or whole")
  func alikeOwnersKeepTheirEnds() throws {
    var screen = try Screen(.directors, width: 160, height: 48)
    screen.type("H")
    let heat = try #require(screen.state.layout.panes[.heatMap])
    let labels = (heat.y + 2..<heat.y + 6).map { y in
      String(screen.grid.row(y).dropFirst(heat.x + 1).prefix(16))
        .trimmingCharacters(in: .whitespaces)
    }
    #expect(labels == ["Assista…rly Help", "Assista… Support", "Assista…d Skills", "Head of SEND"])
    #expect(Set(labels).count == labels.count)
  }

  @Test("owners that differ only in the middle read differently at every width from 40 to 200")
  func distinctAtEveryWidth() throws {
    let plan = Plan(id: "p", title: "P", areas: [Area(id: "A", title: "Area")])
    var builder = PlanStore.Builder()
    let owners = [
      "Assistant Director Community and Integration and Transformation",
      "Assistant Director Community Integration and Transformation",
      "Assistant Director Learning and Skills",
      "Assistant Director Learning and Skills (interim)",
    ]
    builder.add(
      plan,
      actions: owners.enumerated().map { index, owner in
        Action(id: "\(index + 1)", area: 0, title: "Action", owners: [owner])
      })
    let store = builder.build()
    for width in stride(from: 40, through: 200, by: 4) {
      var screen = try Screen(store: store, width: width, height: 30)
      screen.type("H")
      let heat: Rect = try #require(screen.state.layout.panes[Pane.heatMap])
      // A label ends where the counts start (these owners hold no digits).
      var labels: [String] = []
      for y in heat.y + 2..<heat.y + 6 {
        let row = screen.grid.row(y).dropFirst(heat.x + 1)
        let label = row.prefix { !$0.isNumber && $0 != "·" }
        labels.append(label.trimmingCharacters(in: .whitespaces))
      }
      #expect(Set(labels).count == owners.count, "width \(width): \(labels)")
    }
  }
}
