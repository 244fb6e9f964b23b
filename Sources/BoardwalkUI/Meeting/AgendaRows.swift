import BoardwalkMeeting

/// The agenda as its pane lists it: a board's standing items that open the meeting, then a
/// heading for each plan (when there are several), a heading for each area and the area's
/// actions, then the standing items that close the meeting. Worked out once when the
/// meeting opens, so drawing the pane looks at the rows on screen and no others.
struct AgendaRows: Hashable, Sendable {
  enum Row: Hashable, Sendable {
    /// A board's standing item (welcome and apologies, action log, any other business…):
    /// its place in ``AgendaRows/standing``. Not an item the chair moves to: its keys work
    /// from any item, and the row says what is done.
    case standing(Int)
    case plan(Int)
    case area(plan: Int, area: Int)
    /// An agenda item: its position in the agenda and its store index.
    case action(position: Int, index: Int)
  }

  let rows: [Row]
  /// The board's standing items, in the agenda's order (none without a board).
  let standing: [StandingItem]
  /// The row of each agenda position.
  private let rowOfPosition: [Int]

  init(_ agenda: Agenda, standing: [StandingItem] = []) {
    var rows: [Row] = []
    var rowOfPosition: [Int] = []
    rows.reserveCapacity(agenda.actions.count + agenda.sections.count + standing.count)
    let opening = standing.prefix { !$0.role.isClosing }.count
    rows += (0..<opening).map(Row.standing)
    rowOfPosition.reserveCapacity(agenda.actions.count)
    let severalPlans = Set(agenda.sections.map(\.plan)).count > 1
    var lastPlan: Int?
    for section in agenda.sections {
      if severalPlans, section.plan != lastPlan {
        rows.append(.plan(section.plan))
        lastPlan = section.plan
      }
      rows.append(.area(plan: section.plan, area: section.area))
      for action in section.actions {
        rowOfPosition.append(rows.count)
        rows.append(.action(position: rowOfPosition.count - 1, index: action))
      }
    }
    rows += (opening..<standing.count).map(Row.standing)
    self.rows = rows
    self.standing = standing
    self.rowOfPosition = rowOfPosition
  }

  /// The row of agenda position `position` (the first row when there is none).
  func row(ofPosition position: Int) -> Int {
    rowOfPosition.indices.contains(position) ? rowOfPosition[position] : 0
  }
}
