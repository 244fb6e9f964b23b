import BoardwalkCore

extension AppState {
  /// Carries out a command of the main screen.
  mutating func perform(_ command: Command) {
    switch command {
    case .moveUp: move(by: -1)
    case .moveDown: move(by: 1)
    case .pageUp: move(by: -pageSize)
    case .pageDown: move(by: pageSize)
    case .first: move(by: Int.min)
    case .last: move(by: Int.max)
    case .moveLeft where focus == .heatMap: heatColumn = max(0, heatColumn - 1)
    case .moveRight where focus == .heatMap: heatColumn = min(heatColumns.count - 1, heatColumn + 1)
    case .moveLeft, .moveRight: break
    case .nextPane: cyclePane(by: 1)
    case .previousPane: cyclePane(by: -1)
    case .focus(let pane): show(pane)
    case .activate: activate()
    case .back: goBack()
    case .search:
      let query =
        filter.expression.terms.last { $0.key == .text && !$0.isNegated }?.values.first ?? ""
      let base = filter.expression.terms.last { $0.key == .text && !$0.isNegated }.map { last in
        FilterExpression(terms: filter.expression.terms.filter { $0 != last })
      }
      overlay = .search(SearchState(editor: LineEditor(query), original: base ?? filter.expression))
    case .editFilter:
      overlay = .filterEditor(
        FilterEditorState(
          editor: LineEditor(filter.expression.description), original: filter.expression))
    case .pick(let kind):
      overlay = .picker(
        PickerState(kind: kind, catalog: PickerItem.catalog(for: kind, store: store, today: today)))
    case .clearFilter:
      applyReporting(.all)
      areasCursor = ListCursor()
      message = StatusMessage("Filter cleared: all \(store.actions.count) actions")
    case .toggleMine: toggleMine()
    case .toggleHeatMapRows:
      // From any pane: a heat map not on screen comes forward, so the switch is seen.
      if layout.panes[.heatMap] == nil { show(.heatMap) }
      setHeatMapGrouping(heatMapGrouping == .area ? .owner : .area)
      message = StatusMessage("Heat map rows: \(heatMapGrouping == .area ? "areas" : "owners")")
    case .cycleSort:
      let orders = ActionOrder.allCases
      let next = orders[(orders.firstIndex(of: sort).map { $0 + 1 } ?? 0) % orders.count]
      setSort(next)
      message = StatusMessage(next == .file ? "In file order" : "Sorted by \(next.rawValue)")
    case .help: overlay = .help(HelpState())
    case .showLastMessage: showLastMessage()
    case .togglePublic: togglePublic()
    case .quit: isFinished = true
    case .startMeeting where leadReturn != nil:
      message = StatusMessage(
        "This screen writes your return; the board's meeting is run with boardwalk meet",
        isError: true)
    case .startMeeting:
      // A filtered screen is offered as the agenda: the officer who narrowed it to red and
      // amber items has usually just made the agenda.
      let expression = filter.expression.description
      if expression.isEmpty {
        effects.append(.openMeeting(agenda: nil))
      } else {
        overlay = .meetingAgenda(MeetingAgendaChoice(filter: expression, count: rows.count))
      }
    default: break
    }
  }

  /// Applies a filter, reporting a compile error in the status line rather than failing.
  mutating func applyReporting(_ expression: FilterExpression, remember: Bool = true) {
    do {
      try apply(expression, remember: remember)
    } catch {
      message = StatusMessage(error.description, isError: true)
    }
  }

  private var pageSize: Int { max(1, layout.contentRows(of: focus) - 1) }

  private mutating func move(by delta: Int) {
    let layout = self.layout
    switch focus {
    case .actions:
      let before = table.selected
      table.move(by: delta, count: rows.count, visible: layout.contentRows(of: .actions))
      if table.selected != before { detailScroll = 0 }
    case .areas:
      areasCursor.move(by: delta, count: areaItems.count, visible: layout.contentRows(of: .areas))
      selectArea()
    case .heatMap:
      heatCursor.move(by: delta, count: heatMap.count, visible: layout.contentRows(of: .heatMap))
    case .detail:
      let wanted = detailScroll.moved(by: delta, within: 0...Int.max)
      detailScroll = detailScroll.moved(
        by: delta, within: 0...DetailView.maximumScroll(self, wanted: wanted))
    }
  }

  /// Filters the table to the area under the areas cursor (all areas at the top row).
  mutating func selectArea() {
    guard areaItems.indices.contains(areasCursor.selected) else { return }
    let item = areaItems[areasCursor.selected]
    var expression = filter.expression.removing(.area).removing(.plan)
    expression.terms += item.terms
    // Browsing the areas is one step back for Esc, however many areas it passes through.
    applyReporting(expression, remember: !isBrowsingAreas)
    isBrowsingAreas = true
  }

  private mutating func cyclePane(by step: Int) {
    let order = Pane.allCases
    let index = order.firstIndex(of: focus) ?? 0
    show(order[(index + step + order.count) % order.count])
  }

  /// Moves focus to a pane, bringing it on screen where panes share space.
  mutating func show(_ pane: Pane) {
    if pane != focus { isBrowsingAreas = false }
    focus = pane
    if pane == .detail || pane == .heatMap { lowerPane = pane }
    keepSelectionsVisible()
  }

  private mutating func activate() {
    switch focus {
    case .areas:
      selectArea()
      show(.actions)
    case .actions:
      if selectedAction != nil { show(.detail) }
    case .heatMap:
      guard heatMap.indices.contains(heatCursor.selected) else { return }
      let row = heatMap[heatCursor.selected]
      let column = heatColumns[heatColumn]
      var expression = filter.expression
      for term in row.filter.terms + [column.term] where !expression.terms.contains(term) {
        expression.terms.append(term)
      }
      applyReporting(expression)
      show(.actions)
      message = StatusMessage(
        "\(rows.count) action\(rows.count == 1 ? "" : "s"): \(row.key), \(column.title.lowercased()); Esc to go back"
      )
    case .detail:
      break
    }
  }

  private mutating func goBack() {
    if focus == .detail, layout.mode == .narrow {
      show(.actions)
    } else if restorePreviousFilter() {
      message = StatusMessage(
        "Back to: \(filter.expression.isEmpty ? "all actions" : filter.expression.description)")
    } else if focus != .actions {
      show(.actions)
    } else {
      message = StatusMessage("Nothing to go back to (q quits)")
    }
  }

  private mutating func toggleMine() {
    guard let me else {
      message = StatusMessage(
        "Start with --owner NAME (or set BOARDWALK_OWNER) to use m; o picks any owner",
        isError: true)
      return
    }
    let term = FilterTerm(.owner, [me])
    if filter.expression.terms.contains(term) {
      applyReporting(FilterExpression(terms: filter.expression.terms.filter { $0 != term }))
      message = StatusMessage("Showing everyone's actions")
    } else {
      applyReporting(filter.expression.removing(.owner).setting(term))
      message = StatusMessage("Showing actions of \(me)")
    }
  }

  /// Opens the last message whole, or says there is none.
  mutating func showLastMessage() {
    guard let lastMessage else {
      message = StatusMessage("No message yet")
      return
    }
    overlay = .lastMessage(lastMessage)
  }

  /// Public mode on or off, saying which.
  mutating func togglePublic() {
    isPublic.toggle()
    refilter()
    message = StatusMessage(
      isPublic
        ? "Public mode: confidential actions ([C]) are counted, their text withheld; P shows it again"
        : "Public mode off: confidential text shows (not for a projected screen)")
  }

  /// Whether action `index` is confidential: in its plan, or marked so in the meeting.
  func isConfidential(_ index: Int) -> Bool {
    if store.actions[index].isConfidential { return true }
    guard let meeting else { return false }
    return meeting.record.isMarkedConfidential(MeetingState.ref(of: index, in: store))
  }

  /// An action's title as this screen shows it: marked [C] when confidential, and withheld
  /// in public mode.
  func shownTitle(of index: Int) -> String {
    Confidentiality.title(
      store.actions[index].title, isConfidential: isConfidential(index), isPublic: isPublic)
  }
}
