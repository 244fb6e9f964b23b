import BoardwalkUI
import Testing

@Suite("The status line shows only bindings of the key map that apply where the user is")
struct StatusLineTests {
  /// Whether a binding may show on the main screen with `pane` focused.
  static func applies(_ binding: KeyBinding, to pane: Pane) -> Bool {
    guard binding.isInStatusLine else { return false }
    switch binding.scope {
    case .screen: return binding.statusPanes?.contains(pane) ?? true
    case .panes(let panes): return panes.contains(pane)
    default: return false
    }
  }

  /// The entries of bindings that may show on the main screen with `pane` focused.
  static func allowed(_ pane: Pane, in map: KeyMap = .standard) -> Set<StatusEntry> {
    Set(map.bindings.filter { applies($0, to: pane) }.map(\.statusEntry))
  }

  static func allowed(_ scope: KeyScope) -> Set<StatusEntry> {
    Set(
      KeyMap.standard.bindings.filter { $0.isInStatusLine && $0.scope == scope }.map(\.statusEntry))
  }

  @Test(
    "each pane's status line holds bindings of the map for that pane", arguments: ScreenSize.both,
    Pane.allCases)
  func panes(size: ScreenSize, pane: Pane) throws {
    var screen = try Screen(width: size.width, height: size.height)
    screen.press(pane.key)
    let shown = screen.statusEntries
    #expect(!shown.isEmpty)
    #expect(Set(shown).isSubset(of: Self.allowed(pane)), "\(shown)")
  }

  @Test(
    "at 160x48 every binding meant for the status line is there, in map order",
    arguments: Pane.allCases)
  func completeWhenWide(pane: Pane) throws {
    var screen = try Screen(width: 160, height: 48)
    screen.press(pane.key)
    let expected = KeyMap.standard.bindings.filter { Self.applies($0, to: pane) }.map(\.statusEntry)
    #expect(screen.statusEntries == expected)
  }

  @Test("the heat map's own keys show only when it has focus")
  func heatMapKeys() throws {
    var screen = try Screen(width: 160, height: 48)
    #expect(!screen.statusEntries.contains(StatusEntry(key: "H", label: "rows: areas/owners")))
    screen.type("3")
    #expect(screen.statusEntries.contains(StatusEntry(key: "H", label: "rows: areas/owners")))
    #expect(screen.statusEntries.contains(StatusEntry(key: "Enter", label: "filter to cell")))
  }

  @Test(
    "at 80x24 the help key is always offered, whatever else has to go", arguments: Pane.allCases)
  func helpAlwaysThere(pane: Pane) throws {
    var screen = try Screen()
    screen.press(pane.key)
    #expect(screen.statusEntries.contains(StatusEntry(key: "?", label: "help")))
  }

  @Test(
    "pickers, editors and the help show their own keys",
    arguments: [("o", KeyScope.picker), ("f", .editor), ("/", .editor), ("?", .help)])
  func overlays(key: String, scope: KeyScope) throws {
    var screen = try Screen()
    screen.type(key)
    let shown = screen.statusEntries
    #expect(!shown.isEmpty)
    #expect(Set(shown) == Self.allowed(scope))
  }

  @Test("the status line is generated from the map")
  func generated() throws {
    let zebra = KeyBinding(
      [.character("z")], .help, label: "zebra", help: "Cross at the zebra crossing", status: true)
    let map = KeyMap(
      bindings: KeyMap.standard.bindings.filter { $0.command != .clearFilter } + [zebra])
    let screen = try Screen(width: 160, height: 48, keyMap: map)
    #expect(screen.statusEntries.contains(StatusEntry(key: "z", label: "zebra")))
    #expect(!screen.statusEntries.contains(StatusEntry(key: "c", label: "clear")))
    #expect(Set(screen.statusEntries).isSubset(of: Self.allowed(.actions, in: map)))
  }
}
