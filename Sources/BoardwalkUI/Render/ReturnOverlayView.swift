import BoardwalkCore

/// What a lead writing their return has open: the same boxes as the meeting's.
enum ReturnOverlayView {
  static func draw(_ state: AppState, overlay: ReturnOverlay, into grid: inout Grid) {
    let action = state.selectedAction.map { state.store.actions[$0].id } ?? ""
    switch overlay {
    case .text(let editor, let purpose):
      MeetingOverlayView.textBox(
        "\(purpose.title) · \(action)", editor: editor, state: state, into: &grid)
    case .statusChoice(let levels, let cursor):
      MeetingOverlayView.choiceBox(
        "Propose a status for \(action)",
        hint: "↑↓ choose · Enter then give a reason · Esc cancels",
        rows: levels.map { ($0.rag, $0.label) }, cursor: cursor, state: state, into: &grid)
    case .statusReason(let editor, let level):
      let label = state.selectedAction.flatMap { index in
        let scale = state.store.plans[state.store.actions[index].plan].scale
        return scale.levelIndex(forKey: level).map { scale.levels[$0].label }
      }
      MeetingOverlayView.lineBox(
        "Why \(label ?? level)? The board reads this", editor: editor,
        hint: "One line · Enter saves · Esc cancels", state: state, into: &grid)
    case .dueDate(let editor, let error):
      MeetingOverlayView.lineBox(
        "New due date for \(action)", editor: editor,
        hint: "YYYY-MM-DD, YYYY-MM, ongoing or tbc · Enter then give a reason · Esc cancels",
        error: error, state: state, into: &grid)
    case .dueReason(let editor, let due):
      let readable = (try? PlanDate(parsing: due).readable) ?? due
      MeetingOverlayView.lineBox(
        "Why move it to \(readable)? The board reads this", editor: editor,
        hint: "One line · Enter saves · Esc cancels", state: state, into: &grid)
    case .milestoneChoice(let milestones, let cursor):
      MeetingOverlayView.choiceBox(
        "Milestone done · \(action)", hint: "↑↓ choose · Enter saves · Esc cancels",
        rows: milestones.map { (nil, $0) }, cursor: cursor, state: state, into: &grid)
    case .confirmStrike(_, let summary):
      MeetingOverlayView.question(
        fitting: summary, in: "Withdraw “%@”? y / n", state: state, into: &grid)
    case .confirmDiscard:
      MeetingOverlayView.question("Throw away what you typed? y / n", state: state, into: &grid)
    }
  }
}
