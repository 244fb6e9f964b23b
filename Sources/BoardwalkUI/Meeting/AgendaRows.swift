import BoardwalkMeeting

/// The agenda as its pane lists it: a heading for each plan (when there are several), a
/// heading for each area, then the area's actions. Worked out once when the meeting opens,
/// so drawing the pane looks at the rows on screen and no others.
struct AgendaRows: Hashable, Sendable {
  enum Row: Hashable, Sendable {
    case plan(Int)
    case area(plan: Int, area: Int)
    /// An agenda item: its position in the agenda and its store index.
    case action(position: Int, index: Int)
  }

  let rows: [Row]
  /// The row of each agenda position.
  private let rowOfPosition: [Int]

  init(_ agenda: Agenda) {
    var rows: [Row] = []
    var rowOfPosition: [Int] = []
    rows.reserveCapacity(agenda.actions.count + agenda.sections.count)
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
    self.rows = rows
    self.rowOfPosition = rowOfPosition
  }

  /// The row of agenda position `position` (the first row when there is none).
  func row(ofPosition position: Int) -> Int {
    rowOfPosition.indices.contains(position) ? rowOfPosition[position] : 0
  }
}
