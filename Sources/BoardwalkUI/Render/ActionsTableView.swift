import BoardwalkCore

/// The actions table: id, status letter, title, owners, due and status label, as many as
/// fit; overdue dates marked with `!` and their own style; only visible rows are drawn.
enum ActionsTableView {
  private enum Column {
    case plan, id, rag, title, owners, due, status
  }

  static func draw(_ state: AppState, in rect: Rect, focused: Bool, into grid: inout Grid) {
    let theme = state.theme
    let position = state.rows.isEmpty ? "0" : "\(state.table.selected + 1)/\(state.rows.count)"
    let inner = PaneFrame.draw(
      "Actions · \(position)", in: rect, focused: focused, theme: theme, into: &grid)
    guard inner.width > 10, inner.height > 1 else { return }
    let columns = layout(width: inner.width, state: state)
    var x = inner.x
    for (column, width) in columns {
      grid.write(
        fitting: heading(column), x: x, y: inner.y, width: width, style: theme[.tableHeader])
      x += width + 1
    }
    if state.rows.isEmpty {
      let text =
        state.filter.expression.isEmpty
        ? "No actions loaded."
        : "No actions match \(state.filter.expression). c clears the filter; Esc goes back."
      for (offset, line) in DisplayWidth.wrap(text, toWidth: inner.width).prefix(inner.height - 2)
        .enumerated()
      {
        grid.write(line, x: inner.x, y: inner.y + 2 + offset, style: theme[.dim])
      }
      return
    }
    let visible = inner.height - 1
    let planWidth = columns.first { $0.0 == .plan }?.1 ?? 0
    let planTags = planWidth > 0 ? Self.planTags(state.store, width: planWidth) : []
    for line in 0..<visible {
      let row = state.table.scroll + line
      guard row < state.rows.count else { break }
      drawRow(
        state, action: state.rows[row], y: inner.y + 1 + line, x: inner.x, columns: columns,
        planTags: planTags, selected: row == state.table.selected, focused: focused, into: &grid)
    }
    // The letters and marks the rows use, in the bottom border where there is room.
    // A fictional plan's mark is explained here where there is room; the header says it too.
    if state.store.plans.contains(where: \.isFictional) {
      PaneFrame.footnote(
        Self.legend + " \(Fiction.legend)", Self.legend, in: rect, theme: theme, into: &grid)
    } else {
      PaneFrame.footnote(Self.legend, in: rect, theme: theme, into: &grid)
    }
  }

  /// What the table's letters and marks mean.
  static let legend =
    "R red A amber G green B done N grey - unrated ! overdue \(Confidentiality.mark) confidential"

  /// Each plan's id cut to `width` so no two read alike (`suffolk-send-s…` twice becomes
  /// `suffol…2022` and `suffol…2025`), a fictional plan's ending in ``Fiction/mark``.
  static func planTags(_ store: PlanStore, width: Int) -> [String] {
    let hasFiction = store.plans.contains(where: \.isFictional)
    let room = hasFiction ? width - DisplayWidth.of(Fiction.mark) : width
    let tags = DisplayWidth.distinctLabels(store.plans.map(\.id), toWidth: room)
    return zip(store.plans, tags).map { plan, tag in plan.isFictional ? tag + Fiction.mark : tag }
  }

  private static func drawRow(
    _ state: AppState, action index: Int, y: Int, x: Int, columns: [(Column, Int)],
    planTags: [String], selected: Bool, focused: Bool, into grid: inout Grid
  ) {
    let theme = state.theme
    let store = state.store
    let action = store.actions[index]
    let rowStyle = selected ? theme[focused ? .selection : .selectionInactive] : theme[.text]
    let width = columns.reduce(0) { $0 + $1.1 + 1 } - 1
    grid.fill(Rect(x: x, y: y, width: width, height: 1), style: rowStyle)
    let overdue = store.isOverdue(action: index, today: state.today)
    var column = x
    for (kind, cellWidth) in columns {
      switch kind {
      case .plan:
        grid.write(
          fitting: planTags[action.plan], x: column, y: y, width: cellWidth, style: rowStyle)
      case .id: grid.write(fitting: action.id, x: column, y: y, width: cellWidth, style: rowStyle)
      case .rag:
        RAGBadge.draw(
          store.rag(ofAction: index), x: column, y: y, theme: theme, padded: true, into: &grid)
      case .title:
        grid.write(
          fitting: state.shownTitle(of: index), x: column, y: y, width: cellWidth, style: rowStyle)
      case .owners:
        let withheld = state.isPublic && state.isConfidential(index)
        grid.write(
          fitting: withheld ? "–" : action.owners.joined(separator: "; "), x: column, y: y,
          width: cellWidth, style: rowStyle)
      case .due:
        var style = overdue ? theme[.overdue] : rowStyle
        if selected {
          style.background = rowStyle.background
          style.isReversed = rowStyle.isReversed
        }
        grid.write(
          fitting: dueText(action, width: cellWidth, overdue: overdue), x: column, y: y,
          width: cellWidth, style: style)
      case .status:
        let label = store.level(ofAction: index)?.label ?? "unrated"
        grid.write(fitting: label, x: column, y: y, width: cellWidth, style: rowStyle)
      }
      column += cellWidth + 1
    }
  }

  /// The due date as the table shows it: `!` first when overdue, the plan's own precision,
  /// and the source's words after it when they differ and there is room.
  static func dueText(_ action: Action, width: Int, overdue: Bool) -> String {
    let mark = overdue ? "!" : ""
    guard let due = action.due else { return action.dueText.map { "– \($0)" } ?? "–" }
    var text = mark + due.written
    if let words = action.dueText, words.lowercased() != due.written.lowercased(),
      width > DisplayWidth.of(text) + 4
    {
      text += " “\(words)”"
    }
    return text
  }

  private static func heading(_ column: Column) -> String {
    switch column {
    case .plan: "Plan"
    case .id: "ID"
    case .rag: "RAG"
    case .title: "Action"
    case .owners: "Owner"
    case .due: "Due"
    case .status: "Status"
    }
  }

  /// Which columns fit in `width`, and how wide each is; the title takes what is left.
  private static func layout(width: Int, state: AppState) -> [(Column, Int)] {
    let visibleIDs = state.rows[
      state.table.scroll..<min(state.rows.count, state.table.scroll + 200)]
    let idWidth = min(
      12, max(3, visibleIDs.map { DisplayWidth.of(state.store.actions[$0].id) }.max() ?? 3))
    var columns: [(Column, Int)] = []
    // With several plans, ids can repeat (1.1 in two plans): the plan is always shown,
    // as a short tag on a narrow screen.
    if state.store.plans.count > 1 {
      let longest = state.store.plans.map { DisplayWidth.of($0.id) }.max() ?? 4
      columns.append((.plan, min(longest, width >= 120 ? 20 : 10)))
    }
    columns += [(.id, idWidth), (.rag, 3)]
    let dueWidth = width >= 130 ? 24 : 11
    let ownerWidth = width >= 60 ? min(28, max(12, width / 6)) : 0
    let statusWidth = width >= 100 ? 16 : 0
    let fixed =
      columns.reduce(0) { $0 + $1.1 + 1 } + dueWidth + 1 + (ownerWidth > 0 ? ownerWidth + 1 : 0)
      + (statusWidth > 0 ? statusWidth + 1 : 0)
    columns.append((.title, max(8, width - fixed)))
    if ownerWidth > 0 { columns.append((.owners, ownerWidth)) }
    columns.append((.due, dueWidth))
    if statusWidth > 0 { columns.append((.status, statusWidth)) }
    return columns
  }
}
