import BoardwalkCore
import BoardwalkMeeting

/// Everything the screen shows and remembers. A value: the update function takes one and an
/// event and returns the next; the render function draws one into a grid.
public struct AppState: Sendable {
  public let store: PlanStore
  public let today: CalendarDate
  public var theme: Theme
  public let keyMap: KeyMap
  /// The owner `--owner` or `BOARDWALK_OWNER` named: "my actions".
  public let me: String?

  public internal(set) var width: Int
  public internal(set) var height: Int
  public internal(set) var focus: Pane = .actions
  /// Which pane sits under the table on medium screens: detail or heat map.
  public internal(set) var lowerPane: Pane = .detail

  /// The active filter, compiled against the store.
  public private(set) var filter: CompiledFilter
  /// Earlier filters, for Esc to step back through.
  public internal(set) var filterHistory: [FilterExpression] = []
  /// The actions passing the filter.
  public private(set) var matching: ActionSet
  /// The table's rows: matching actions, in `sort` order.
  public private(set) var rows: [Int] = []
  public private(set) var sort: ActionOrder = .file
  public internal(set) var table = ListCursor()

  /// The areas pane's rows (counted over the whole store, so they stay put while filtering).
  public let areaItems: [AreaItem]
  public internal(set) var areasCursor = ListCursor()
  /// Whether the user is moving through the areas pane, each move refiltering the table.
  var isBrowsingAreas = false

  public private(set) var heatMapGrouping: SummaryGrouping = .area
  /// The heat map's rows, counted over the matching actions.
  public private(set) var heatMap: [SummaryRow] = []
  /// The largest count the heat map can show (its largest row total): its columns are made
  /// wide enough for it. Found when the heat map is counted, not on every frame.
  private(set) var heatMapLargestCount = 0
  /// Each column's largest count, for shading (in the order of ``heatColumns``).
  private(set) var heatMapColumnMaxima: [Int] = []
  public internal(set) var heatCursor = ListCursor()
  public internal(set) var heatColumn = 0

  public internal(set) var detailScroll = 0
  /// The meeting being run, when the screen is in meeting mode.
  public internal(set) var meeting: MeetingState?
  /// The lead's return being written, when the screen was opened by `boardwalk update`.
  public internal(set) var leadReturn: ReturnState?
  /// What the shell must do next; it takes them with ``takeEffects()``.
  public internal(set) var effects: [Effect] = []
  public internal(set) var overlay: Overlay?
  public internal(set) var message: StatusMessage? {
    didSet { if let message { lastMessage = message } }
  }
  /// The last message shown, kept after it leaves the status line, for `L` to show whole.
  public private(set) var lastMessage: StatusMessage?
  /// Public mode, for a projected screen: confidential actions are listed and counted, but
  /// their text is withheld everywhere it would show (`--public`, or `P`).
  public internal(set) var isPublic = false
  /// What the leads' returns of the cycle say, shown on each meeting item.
  public internal(set) var returns = LeadReturns.none
  /// Set when the user quits.
  public internal(set) var isFinished = false
  /// Set when the screen ended on Ctrl-C (SIGINT) rather than `q`.
  public internal(set) var wasInterrupted = false
  /// Whether the screen is asking whether to quit and lose unsaved text (a second Ctrl-C,
  /// or a second `q` on a screen too small to show the text, says yes).
  public internal(set) var isAskingToQuit = false

  /// A screen over `store`, `width` x `height`, with `filter` applied (it must compile).
  public init(
    store: PlanStore, today: CalendarDate, theme: Theme, filter: FilterExpression = .all,
    me: String? = nil,
    width: Int = 80, height: Int = 24, keyMap: KeyMap = .standard, isPublic: Bool = false,
    returns: LeadReturns = .none
  ) throws(FilterError) {
    self.isPublic = isPublic
    self.returns = returns
    // The owner and search indexes are started by the shell once the first frame is drawn
    // (``PlanStore/prepareIndexes()``): they would share the processor with it otherwise.
    self.store = store
    self.today = today
    self.theme = theme
    self.keyMap = keyMap
    self.me = me?.isEmpty == true ? nil : me
    self.width = width
    self.height = height
    self.filter = try CompiledFilter(filter, store: store)
    matching = store.allActions
    areaItems = AreaItem.items(for: store, today: today)
    recompute()
  }

  // MARK: Derived facts

  /// The layout for the current size and focus.
  public var layout: ScreenLayout {
    ScreenLayout.compute(width: width, height: height, focus: focus, lower: lowerPane)
  }

  /// The action under the table's cursor.
  public var selectedAction: Int? {
    rows.indices.contains(table.selected) ? rows[table.selected] : nil
  }

  /// The heat map's columns.
  public var heatColumns: [HeatColumn] { HeatColumn.allCases }

  // MARK: Changing the filter

  /// Applies `expression`; when `remember`, the current filter is kept for Esc to return to.
  /// - Throws: ``FilterError`` when it does not compile (nothing changes then).
  mutating func apply(_ expression: FilterExpression, remember: Bool = true) throws(FilterError) {
    let compiled = try CompiledFilter(expression, store: store)
    if remember, compiled.expression != filter.expression {
      filterHistory.append(filter.expression)
      if filterHistory.count > 100 { filterHistory.removeFirst() }
    }
    // A live edit that only narrows the filter searches only what the last one kept.
    let candidates = compiled.expression.narrows(filter.expression) ? matching : nil
    filter = compiled
    recompute(within: candidates)
  }

  /// Goes back to the filter before the last change; returns whether there was one.
  mutating func restorePreviousFilter() -> Bool {
    guard let previous = filterHistory.popLast() else { return false }
    try? apply(previous, remember: false)
    return true
  }

  mutating func setSort(_ order: ActionOrder) {
    sort = order
    let selected = selectedAction
    // From the matching actions in file order, so ties keep file order whatever came before.
    rows = order.sorted(Array(matching), in: store)
    reselect(selected)
  }

  mutating func setHeatMapGrouping(_ grouping: SummaryGrouping) {
    heatMapGrouping = grouping
    heatCursor = ListCursor()
    heatMapIsStale = true
    refreshHeatMapIfShown()
  }

  /// Re-evaluates the filter from scratch (public mode switched: what a search may look into
  /// changed).
  mutating func refilter() { recompute() }

  /// Re-evaluates the filter and everything that depends on it, keeping the selected action
  /// selected when it still matches.
  private mutating func recompute(within candidates: ActionSet? = nil) {
    let selected = selectedAction
    matching = filter.evaluate(
      in: store, today: today, within: candidates, withholdingTextOf: withheldActions)
    rows = sort.sorted(Array(matching), in: store)
    heatMapIsStale = true
    // A large selection's heat map is counted after the frame (on the shell's next tick),
    // so a filter typed live keeps up with the keys; a small one at once.
    if matching.count <= Self.heatMapCountedAtOnce { refreshHeatMapIfShown() }
    reselect(selected)
  }

  /// The most matching actions whose heat map is counted with the key that changed them;
  /// above it the table is drawn first and the heat map follows on the next tick.
  static let heatMapCountedAtOnce = 20_000

  /// Whether the heat map on screen waits to be counted (its pane says so).
  public var isHeatMapCounting: Bool { heatMapIsStale && layout.panes[.heatMap] != nil }

  /// In public mode, the actions whose words are withheld (confidential in their plan or
  /// marked so in the meeting): a search does not look into them.
  private var withheldActions: ActionSet? {
    guard isPublic else { return nil }
    var set = store.confidentialActions
    if let meeting {
      for ref in meeting.record.confidentialRefs {
        if let index = MeetingOutcome.index(of: ref, in: store) { set.insert(index) }
      }
    }
    return set
  }

  /// Whether the heat map's counts are older than the filter (it is counted only when shown).
  private var heatMapIsStale = true

  /// Counts the heat map if it is on screen and out of date: no work for what is not drawn.
  mutating func refreshHeatMapIfShown() {
    guard heatMapIsStale, layout.panes[.heatMap] != nil else { return }
    heatMap = Summary.rows(by: heatMapGrouping, store: store, actions: matching, today: today)
    heatMapLargestCount = heatMap.lazy.map(\.counts.total).max() ?? 0
    heatMapColumnMaxima = heatColumns.map { column in
      heatMap.reduce(0) { max($0, HeatMapView.count(column, in: $1.counts)) }
    }
    heatMapIsStale = false
    heatCursor.keepVisible(count: heatMap.count, visible: layout.contentRows(of: .heatMap))
  }

  private mutating func reselect(_ action: Int?) {
    let visible = layout.contentRows(of: .actions)
    if let action, let row = rows.firstIndex(of: action) {
      if row != table.selected { detailScroll = 0 }
      table.selected = row
    } else {
      detailScroll = 0
    }
    table.keepVisible(count: rows.count, visible: visible)
  }
}

extension AppState {
  /// Hands the pending effects to the shell and forgets them.
  public mutating func takeEffects() -> [Effect] {
    defer { effects = [] }
    return effects
  }

  /// The state with a message in the status line.
  public func showing(_ message: StatusMessage) -> AppState {
    var state = self
    state.message = message
    return state
  }
}
