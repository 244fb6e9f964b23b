import BoardwalkCore
import BoardwalkUI
import Testing

/// Issue 13: a fictional plan's actions are never taken for a real area's. The header says
/// how many plans are fictional and marks their ids, the table's plan tags carry the same
/// mark (explained in its border where there is room), and the detail pane says it in words.
@Suite("a fictional plan on screen")
struct FictionalPlanScreenTests {
  /// A fictional plan and a real one, each with an action 1.1.
  static func store(realToo: Bool = true) -> PlanStore {
    var builder = PlanStore.Builder()
    let plans = [
      Plan(
        id: "northbrook", title: "Northbrook SEND plan", isFictional: true,
        areas: [Area(id: "A1", title: "Area")]),
      Plan(id: "hull", title: "Hull SEND plan", areas: [Area(id: "A1", title: "Area")]),
    ]
    for plan in realToo ? plans : [plans[0]] {
      builder.add(
        plan,
        actions: [Action(id: "1.1", area: 0, title: "Action of \(plan.title)", owners: ["Lead"])])
    }
    return builder.build()
  }

  @Test(
    "the header counts the fictional plans and marks their ids, at 80 and 200 columns",
    arguments: [80, 200])
  func header(width: Int) throws {
    let screen = try Screen(store: Self.store(), width: width, height: width == 80 ? 24 : 50)
    // At 80 columns the ids are cut, and the count of fictional plans comes before them.
    let expected =
      width == 80 ? "2 plans (1 fictional): northbro…" : "2 plans (1 fictional): northbrook*, hull"
    #expect(screen.grid.row(0).contains(expected), "\(screen.grid.row(0))")
  }

  @Test("one fictional plan alone is named fictional in the header")
  func alone() throws {
    let screen = try Screen(store: Self.store(realToo: false))
    #expect(screen.grid.row(0).contains("Northbrook SEND plan (fictional)"))
  }

  @Test("the table's plan tag marks the fictional plan's rows only, however short the tag is cut")
  func table() throws {
    let screen = try Screen(store: Self.store(), width: 200, height: 50)
    let grid = screen.grid
    let tableRows = grid.rows(containing: " 1.1 ")
    let fictionalRow = try #require(
      tableRows.first { grid.row($0).contains("Action of Northbrook") })
    let realRow = try #require(tableRows.first { grid.row($0).contains("Action of Hull") })
    #expect(grid.row(fictionalRow).contains("northbro…* 1.1 "), "\(grid.row(fictionalRow))")
    #expect(grid.row(realRow).contains("hull       1.1 "), "\(grid.row(realRow))")
    #expect(!grid.row(realRow).contains("*"))
  }

  @Test("a table wide enough for it explains the mark in its border")
  func wideLegend() throws {
    let grid = try Screen(store: Self.store(), width: 320, height: 60).grid
    #expect(!grid.rows(containing: "! overdue [C] confidential * fictional plan").isEmpty)
  }

  @Test("at 80 columns the table's border keeps the status letters whole rather than cut the note")
  func narrowLegend() throws {
    let grid = try Screen(store: Self.store()).grid
    #expect(!grid.rows(containing: "! overdue [C] confidential").isEmpty)
    #expect(grid.rows(containing: "fictional plan").isEmpty)
  }

  @Test("the detail pane says FICTIONAL PLAN beside the id; a real plan's action does not")
  func detail() throws {
    var screen = try Screen(store: Self.store(), width: 200, height: 50)
    #expect(!screen.grid.rows(containing: "1.1 · northbrook · FICTIONAL PLAN").isEmpty)
    screen.press(.down)
    #expect(!screen.grid.rows(containing: "1.1 · hull").isEmpty)
    #expect(screen.grid.rows(containing: "FICTIONAL").isEmpty)
  }
}
