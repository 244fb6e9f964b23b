import BoardwalkCore
import BoardwalkUI
import Testing

@Suite("The areas pane's counts")
struct AreaCountTests {
  /// A plan of `count` actions, all in one area, with a second area linked from every tenth.
  static func store(actions count: Int) -> PlanStore {
    let plan = Plan(
      id: "big", title: "Big plan",
      areas: [Area(id: "A1", title: "First area"), Area(id: "A2", title: "Second area")])
    var builder = PlanStore.Builder()
    builder.add(
      plan,
      actions: (0..<count).map { index in
        Action(
          id: "\(index + 1)", area: 0, links: index % 10 == 0 ? [1] : [], title: "Action",
          owners: ["Owner"])
      })
    return builder.build()
  }

  @Test("five- and six-digit counts fit inside the border at 80x24 and 200x50")
  func wideCounts() throws {
    for (count, size) in [(12_345, (80, 24)), (123_456, (200, 50))] {
      var screen = try Screen(store: Self.store(actions: count), width: size.0, height: size.1)
      screen.type("1")
      let areas = try #require(screen.state.layout.panes[Pane.areas])
      let all = screen.grid.row(areas.y + 1)
      let inside = all.dropFirst(areas.x).prefix(areas.width)
      #expect(inside.hasSuffix(" \(count)│"), "\(size): \(inside)")
      #expect(inside.first == "│")
    }
  }

  @Test("the pane says that an action counts in every area it serves")
  func countingNote() throws {
    let screen = try Screen(width: 200, height: 50)
    let areas = try #require(screen.state.layout.panes[Pane.areas])
    #expect(screen.grid.row(areas.maxY - 1).contains("an action counts in every area it serves"))
  }
}
