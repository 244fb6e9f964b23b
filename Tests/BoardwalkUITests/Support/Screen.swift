import BoardwalkCore
import BoardwalkUI

/// A Boardwalk screen driven as a user drives it: a state built from a fixture, events fed
/// through `App.update`, and the grid `Renderer.render` draws.
struct Screen {
  var state: AppState

  init(
    _ fixture: Fixture = .boards, width: Int = 80, height: Int = 24, me: String? = nil,
    filter: String = "", keyMap: KeyMap = .standard, theme: String = "monochrome",
    isPublic: Bool = false
  ) throws {
    state = try AppState(
      store: fixture.store(), today: Fixture.today, theme: ThemeCatalog.theme(named: theme),
      filter: FilterParser.parse(filter), me: me, width: width, height: height, keyMap: keyMap,
      isPublic: isPublic)
  }

  /// A screen over a store made in the test.
  init(
    store: PlanStore, width: Int = 80, height: Int = 24, theme: String = "monochrome",
    me: String? = nil
  ) throws {
    state = try AppState(
      store: store, today: Fixture.today, theme: ThemeCatalog.theme(named: theme), me: me,
      width: width, height: height)
  }

  mutating func send(_ events: [Event]) {
    for event in events { state = App.update(state, event) }
  }

  mutating func send(_ events: Event...) { send(events) }

  mutating func press(_ keys: Key...) { send(keys.map(Event.key)) }

  /// Types text one key at a time, as the terminal reports printable characters.
  mutating func type(_ text: String) { send(text.map { .key(.character($0)) }) }

  mutating func click(x: Int, y: Int) { send(.mouse(MouseEvent(.press, x: x, y: y))) }

  mutating func resize(width: Int, height: Int) { send(.resize(width: width, height: height)) }

  var grid: Grid { Renderer.render(state) }

  /// The ids of the table's rows, in order.
  var rowIDs: [String] { state.rows.map { state.store.actions[$0].id } }

  /// The active filter as the header writes it.
  var filter: String { state.filter.expression.description }

  /// The id of the action under the table's cursor.
  var selectedID: String? { state.selectedAction.map { state.store.actions[$0].id } }
}
