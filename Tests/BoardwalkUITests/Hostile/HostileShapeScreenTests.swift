import BoardwalkCore
import Testing

@testable import BoardwalkUI

/// Plans shaped unlike any the screen was first tried on: a title that is one enormous word,
/// areas nested as deep as a plan may nest them.
@Suite("The screen with hostile shapes: a 200,000-character word, areas 16 levels deep")
struct HostileShapeScreenTests {
  static let word = String(repeating: "abcdefghij", count: 20_000)

  static func store(title: String) -> PlanStore {
    var builder = PlanStore.Builder()
    builder.add(
      Plan(id: "long", title: "Long", areas: [Area(id: "A1", title: "Communication")]),
      actions: [
        Action(id: "A1.1", area: 0, title: title, owners: ["Head of SEND"]),
        Action(id: "A1.2", area: 0, title: "Publish the Local Offer"),
      ])
    return builder.build()
  }

  @Test("the detail of a one-word 200,000-character title shows its first pieces, and more below")
  func longWordDetail() throws {
    let screen = try Screen(store: Self.store(title: Self.word), width: 200, height: 50)
    let grid = screen.grid
    // The table's title cell, cut; the detail's first line, full.
    #expect(grid.rows(containing: "abcdefghija… Head of SEND").count == 1)
    #expect(grid.row(3).contains("│" + String(Self.word.prefix(58)) + "│"))
    #expect(grid.text.contains("↓ more"))
  }

  @Test("the detail wraps only the lines its pane can show, and one more")
  func detailWrapsWhatIsShown() throws {
    let screen = try Screen(store: Self.store(title: Self.word), width: 200, height: 50)
    let lines = DetailView.lines(for: 0, in: screen.state, width: 68, maximumLines: 47)
    #expect(lines.count == 47)
    #expect(lines.first?.text == String(Self.word.prefix(68)))
    let all = DetailView.lines(for: 0, in: screen.state, width: 68)
    #expect(all.count > 2900)
  }

  @Test("scrolling to the end of the long word's detail shows its last piece")
  func scrollToTheEnd() throws {
    var screen = try Screen(store: Self.store(title: Self.word), width: 80, height: 24)
    screen.press(.character("4"))
    for _ in 0..<3000 { screen.press(.down) }
    #expect(screen.grid.rows(containing: "Owners: Head of SEND").count == 1)
  }

  @Test("areas 16 levels deep are all listed in the areas pane, each under its parent")
  func sixteenLevels() throws {
    let areas = (0..<16).map { level in
      Area(id: "L\(level + 1)", title: "Level \(level + 1)", parent: level == 0 ? nil : level - 1)
    }
    var builder = PlanStore.Builder()
    builder.add(
      Plan(id: "deep", title: "Deep", areas: areas),
      actions: [Action(id: "X", area: 15, title: "Deepest")])
    let screen = try Screen(store: builder.build(), width: 200, height: 50)
    let items = screen.state.areaItems.dropFirst()
    #expect(items.map(\.id) == (1...16).map { "L\($0)" })
    #expect(items.allSatisfy { $0.counts.total == 1 })
    #expect(!screen.grid.rows(containing: "L16 Level 16").isEmpty)
  }
}
