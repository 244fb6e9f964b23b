import BoardwalkCore

/// The top two rows: what is loaded, today, how many actions show, and the active filter.
enum HeaderView {
  static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let theme = state.theme
    let plans = state.store.plans
    let planText: String
    switch plans.count {
    case 0: planText = "no plans loaded"
    case 1: planText = Fiction.named(plans[0])
    default:
      // How many are fictional comes before the ids, so that it shows at 80 columns.
      let fictional = plans.filter(\.isFictional).count
      planText =
        "\(plans.count) plans" + (fictional > 0 ? " (\(fictional) fictional)" : "") + ": "
        + plans.map(Fiction.listedID(of:)).joined(separator: ", ")
    }
    // The leading space keeps a cut plan title's ellipsis apart from the count.
    let count = " \(state.rows.count) of \(state.store.actions.count) actions "
    // In public mode the header says so first, so the chair knows what the room can see.
    // A lead's screen says whose return it writes, and how far it has got, before the rest
    // (first the progress, which a long name would otherwise push off an 80-column screen).
    let opening =
      state.leadReturn.map {
        " Return for \($0.cycle) · \($0.updatedCount(in: state.store)) of \($0.actions.count) updated · \($0.lead) · "
      } ?? " Boardwalk · "
    let left =
      (state.isPublic ? " PUBLIC" : "") + opening + "today \(state.today) · " + planText
    let countWidth = DisplayWidth.of(count)
    grid.write(
      fitting: left, x: rect.x, y: rect.y, width: max(0, rect.width - countWidth),
      style: theme[.header])
    grid.write(
      fitting: count, x: rect.maxX - countWidth, y: rect.y, width: countWidth, style: theme[.header]
    )
    let expression = state.filter.expression
    var filterText =
      " Filter: "
      + (expression.isEmpty ? "none (f edits; o a d s pick; / searches)" : expression.description)
    if state.sort != .file { filterText += "  · sorted by \(state.sort.rawValue)" }
    grid.write(
      fitting: filterText, x: rect.x, y: rect.y + 1, width: rect.width, style: theme[.headerFilter])
  }
}
