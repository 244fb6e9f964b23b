import BoardwalkCore
import BoardwalkUI
import Testing

/// Issue 11: a filter typed live over a large plan keeps up with the keys. Over more than
/// 20,000 matching actions the table is drawn with the key and the heat map is counted on the
/// shell's next tick (its pane says it is counting); a small selection's is counted at once.
@Suite("the heat map of a large selection is counted after the frame")
struct HeatMapCountingTests {
  /// 30,000 actions in three areas: A1 (10,000 red), A2 (10,000 amber), A3 (10,000 green).
  static func store() -> PlanStore {
    let plan = Plan(
      id: "big", title: "Big",
      areas: [
        Area(id: "A1", title: "One"), Area(id: "A2", title: "Two"), Area(id: "A3", title: "Three"),
      ])
    var builder = PlanStore.Builder()
    builder.add(
      plan,
      actions: (0..<30_000).map { index in
        Action(
          id: "\(index)", area: index % 3, title: "Action \(index)",
          status: index % 3 == 0 ? 0 : index % 3 == 1 ? 1 : 2)
      })
    return builder.build()
  }

  @Test(
    "a key that leaves over 20,000 actions draws the table now and the heat map on the next tick")
  func deferred() throws {
    var screen = try Screen(store: Self.store(), width: 200, height: 50)
    // Opening: 30,000 actions match, so the first frame does not wait for the counts either.
    #expect(screen.state.isHeatMapCounting)
    #expect(screen.state.hasPendingWork)
    #expect(!screen.grid.rows(containing: "Heat map · areas (H) · counting…").isEmpty)
    screen.send(.tick)
    #expect(!screen.state.isHeatMapCounting)
    #expect(!screen.state.hasPendingWork)
    #expect(screen.state.heatMap.map(\.counts.total).prefix(3) == [10_000, 10_000, 10_000])
    // Narrowing to one area (10,000 actions) counts at once.
    screen.type("f")
    screen.type("area:A1")
    screen.press(.enter)
    #expect(screen.rowIDs.count == 10_000)
    #expect(!screen.state.isHeatMapCounting)
    #expect(screen.state.heatMap.first { $0.counts.total > 0 }?.counts.total == 10_000)
  }

  @Test("a key on the heat map brings its counts up to date before it acts on them")
  func keyOnTheHeatMap() throws {
    var screen = try Screen(store: Self.store(), width: 200, height: 50)
    #expect(screen.state.isHeatMapCounting)
    screen.type("3")
    screen.press(.enter)
    #expect(!screen.state.isHeatMapCounting)
    // Enter on the first cell (A1, red) filtered to exactly the actions it counted.
    #expect(screen.filter == "plan:big area:A1 status:red", "\(screen.filter)")
    #expect(screen.rowIDs.count == 10_000)
  }
}
