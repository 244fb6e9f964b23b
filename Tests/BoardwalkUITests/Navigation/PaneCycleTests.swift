import BoardwalkUI
import Testing

@Suite("Tab and Shift-Tab cycle through the panes")
struct PaneCycleTests {
  @Test("Tab goes actions, heat map, detail, areas and back to actions", arguments: ScreenSize.both)
  func tabCycles(size: ScreenSize) throws {
    var screen = try Screen(width: size.width, height: size.height)
    #expect(screen.state.focus == .actions)
    var visited: [Pane] = []
    for _ in 0..<4 {
      screen.press(.tab)
      visited.append(screen.state.focus)
    }
    #expect(visited == [.heatMap, .detail, .areas, .actions])
  }

  @Test("Shift-Tab goes the other way", arguments: ScreenSize.both)
  func backTabCycles(size: ScreenSize) throws {
    var screen = try Screen(width: size.width, height: size.height)
    var visited: [Pane] = []
    for _ in 0..<4 {
      screen.press(.backTab)
      visited.append(screen.state.focus)
    }
    #expect(visited == [.areas, .detail, .heatMap, .actions])
  }

  @Test("at 80x24 the focused pane is the one drawn, and its tab is the one marked")
  func narrowShowsTheFocusedPane() throws {
    var screen = try Screen()
    for (pane, title) in [(Pane.heatMap, "┌ Heat map"), (.detail, "┌ Detail"), (.areas, "┌ Areas")]
    {
      screen.press(.tab)
      #expect(screen.state.focus == pane)
      #expect(screen.state.layout.panes.keys.sorted { $0.rawValue < $1.rawValue } == [pane])
      #expect(screen.grid.row(3).hasPrefix(title))
    }
  }

  @Test(
    "every tab is whole on the tab bar, and a click on its label brings its pane",
    arguments: [(80, 24), (60, 20), (40, 12)])
  func tabsFitAndAnswerClicks(width: Int, height: Int) throws {
    var screen = try Screen(width: width, height: height)
    let tabRow = try #require(screen.grid.rows(containing: "1 Areas").first)
    for (number, pane) in Pane.allCases.enumerated() {
      let label = "\(number + 1) \(pane.title)"
      let start = try #require(screen.grid.location(of: label, rows: tabRow..<(tabRow + 1)))
      screen.click(x: start.x + label.count - 1, y: tabRow)
      #expect(screen.state.focus == pane, "clicking the end of \(label)")
    }
  }

  @Test("the number keys bring a pane forward directly", arguments: Pane.allCases)
  func numberKeys(pane: Pane) throws {
    var screen = try Screen()
    screen.press(pane.key)
    #expect(screen.state.focus == pane)
  }
}
