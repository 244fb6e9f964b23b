import BoardwalkUI
import Testing

/// Issue 10: a move may ask for any distance (G asks for the end) however often it is
/// pressed: nothing overflows, and the view never scrolls past its end, so the next move
/// back is seen at once.
@Suite("scrolling stops at the ends, however far a key asks to go")
struct ScrollLimitTests {
  @Test("4 G G G on the main screen: the detail at its end, no crash; k scrolls back at once")
  func detailEnd() throws {
    var screen = try Screen(width: 80, height: 14)
    screen.type("4GGG")
    #expect(screen.state.focus == .detail)
    let end = screen.state.detailScroll
    #expect(end > 0, "the detail of the first action is longer than its pane")
    screen.type("GGGGGGGG")
    #expect(screen.state.detailScroll == end)
    screen.type("k")
    #expect(screen.state.detailScroll == end - 1)
    screen.type("gg")
    #expect(screen.state.detailScroll == 0)
  }

  @Test("G and g as often as you like in every pane leave every cursor in range")
  func everyPane() throws {
    var screen = try Screen()
    for pane in ["1", "2", "3", "4"] {
      screen.type(pane + String(repeating: "G", count: 5) + String(repeating: "g", count: 5))
      screen.type(String(repeating: "G", count: 5))
    }
    #expect(screen.state.table.selected == screen.state.rows.count - 1)
    #expect(screen.state.areasCursor.selected == screen.state.areaItems.count - 1)
    #expect(screen.state.heatCursor.selected == screen.state.heatMap.count - 1)
  }

  @Test("j held down in the help stops at its last page; k comes back at once")
  func helpEnd() throws {
    var screen = try Screen(width: 80, height: 14)
    screen.type("?" + String(repeating: "j", count: 500))
    guard case .help(let help) = screen.state.overlay else {
      Issue.record("the help is not open")
      return
    }
    let end = help.scroll
    #expect(end > 0 && end < 500, "\(end)")
    screen.type("k")
    #expect(screen.state.overlay == .help(HelpState(scroll: end - 1)))
  }
}
