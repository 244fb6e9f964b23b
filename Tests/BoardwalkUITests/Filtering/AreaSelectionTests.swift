import BoardwalkUI
import Testing

/// One row of the areas pane, what selecting it must filter to, and the actions that leaves.
struct AreaRow: Sendable, CustomTestStringConvertible {
  let index: Int
  let filter: String
  let ids: [String]
  var testDescription: String { filter.isEmpty ? "All areas" : filter }
}

@Suite("Selecting an area filters the table to exactly plan:P area:X")
struct AreaSelectionTests {
  /// The areas pane lists all areas, then each plan with its areas (children under parents).
  static let rows: [AreaRow] = [
    AreaRow(
      index: 0, filter: "",
      ids: [
        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "AP-1", "AP-2", "PS-1", "PS-2", "CF-1",
        "IN-1",
      ]),
    AreaRow(
      index: 1, filter: "plan:riverside", ids: ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1"]),
    AreaRow(index: 2, filter: "plan:riverside area:APA1", ids: ["1.1", "1.2", "1.3"]),
    AreaRow(index: 3, filter: "plan:riverside area:APA2", ids: ["2.1", "2.2", "2.3"]),
    // AFI1 holds 3.1 and is linked from 1.1 and 2.1.
    AreaRow(index: 4, filter: "plan:riverside area:AFI1", ids: ["1.1", "2.1", "3.1"]),
    AreaRow(
      index: 5, filter: "plan:lakeside", ids: ["AP-1", "AP-2", "PS-1", "PS-2", "CF-1", "IN-1"]),
    // C1 counts its own action and those of its objectives O1 and O2.
    AreaRow(
      index: 6, filter: "plan:lakeside area:C1", ids: ["AP-1", "AP-2", "PS-1", "PS-2", "IN-1"]),
    AreaRow(index: 7, filter: "plan:lakeside area:O1", ids: ["AP-1", "AP-2"]),
    AreaRow(index: 8, filter: "plan:lakeside area:O2", ids: ["PS-1", "PS-2"]),
    // AFI2 holds CF-1 and is linked from AP-2.
    AreaRow(index: 9, filter: "plan:lakeside area:AFI2", ids: ["AP-2", "CF-1"]),
  ]

  @Test("moving onto an area filters the table as the cursor moves", arguments: rows)
  func movingFilters(row: AreaRow) throws {
    var screen = try Screen()
    screen.type("1" + String(repeating: "j", count: row.index))
    #expect(screen.filter == row.filter)
    #expect(screen.rowIDs == row.ids)
    #expect(screen.state.focus == .areas)
  }

  @Test("Enter on an area keeps its filter and goes to the table", arguments: rows)
  func enterGoesToTable(row: AreaRow) throws {
    var screen = try Screen()
    screen.type("1" + String(repeating: "j", count: row.index))
    screen.press(.enter)
    #expect(screen.state.focus == .actions)
    #expect(screen.filter == row.filter)
    #expect(screen.rowIDs == row.ids)
    let header = screen.grid.row(1)
    #expect(header.contains(row.filter.isEmpty ? "Filter: none" : "Filter: \(row.filter)"))
  }

  @Test("choosing an area replaces the area of the filter but keeps its other terms")
  func keepsOtherTerms() throws {
    var screen = try Screen(filter: "status:red")
    screen.type("1jj")
    #expect(screen.filter == "status:red plan:riverside area:APA1")
    #expect(screen.rowIDs == ["1.1"])
    screen.type("jjjjj")
    #expect(screen.filter == "status:red plan:lakeside area:O1")
    #expect(screen.rowIDs == ["AP-1"])
  }
}
