import BoardwalkUI
import Testing

/// What the tests compare to decide that nothing happened.
private struct Observed: Equatable {
  let focus: Pane
  let overlay: Overlay?
  let filter: String
  let selected: Int
  let areas: Int
  let heat: Int
  let isFinished: Bool

  init(_ state: AppState) {
    focus = state.focus
    overlay = state.overlay
    filter = state.filter.expression.description
    selected = state.table.selected
    areas = state.areasCursor.selected
    heat = state.heatCursor.selected
    isFinished = state.isFinished
  }
}

@Suite("Below 40x12 only q works")
struct TooSmallInputTests {
  static let keys: [Key] = [
    .character("j"), .down, .tab, .backTab, .enter, .escape, .character("o"), .character("f"),
    .character("/"), .character("?"), .character("c"), .character("m"), .character("H"),
    .character("S"), .character("1"), .character("3"), .pageDown, .end,
  ]

  @Test(
    "every other key does nothing at a size below the minimum",
    arguments: [(39, 11), (39, 12), (40, 11), (10, 3)])
  func otherKeysDoNothing(width: Int, height: Int) throws {
    var screen = try Screen(width: width, height: height, me: "Head of SEND")
    let before = Observed(screen.state)
    for key in Self.keys {
      screen.press(key)
      #expect(Observed(screen.state) == before, "\(key) changed the screen")
    }
    screen.send(.paste("status:red"))
    screen.click(x: 5, y: 5)
    #expect(Observed(screen.state) == before)
    #expect(screen.grid.text.contains("Terminal"))
  }

  @Test("q quits", arguments: [(39, 11), (39, 12), (40, 11)])
  func qQuits(width: Int, height: Int) throws {
    var screen = try Screen(width: width, height: height)
    screen.type("q")
    let finished = screen.state.isFinished
    #expect(finished)
  }

  @Test("at exactly 40x12 the screen works")
  func minimumSizeWorks() throws {
    var screen = try Screen(width: 40, height: 12)
    screen.type("j")
    #expect(screen.selectedID == "1.2")
  }

  @Test("a picker left open when the window shrinks does not swallow q")
  func openPickerThenShrink() throws {
    var screen = try Screen()
    screen.type("o")
    screen.resize(width: 39, height: 11)
    screen.type("x")
    screen.send(.paste("send"))
    screen.resize(width: 80, height: 24)
    guard case .picker(let picker) = screen.state.overlay else {
      Issue.record("the picker closed")
      return
    }
    #expect(picker.query.text == "")
    screen.resize(width: 39, height: 11)
    screen.type("q")
    let finished = screen.state.isFinished
    #expect(finished)
  }
}
