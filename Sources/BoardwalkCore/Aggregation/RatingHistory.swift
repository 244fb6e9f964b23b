/// Each area's actions counted by the RAG class they had on each of several days (a board's
/// last meetings): how a board reads its direction of travel over time, not one meeting.
///
/// An action's rating on a day is the status of its last dated update on or before that
/// day; on or after `today` it is its status now; with neither it is unrated. Each action
/// counts once, in its own area (links are not counted again here), and a plan's row counts
/// all its actions.
public struct RatingHistory: Sendable {
  /// One row: an area (or a whole plan) and its counts on each day.
  public struct Row: Sendable, Hashable {
    public let plan: Int
    /// The area, or `nil` for the plan's own row.
    public let area: Int?
    public let counts: [RAGCounts]
  }

  /// The days counted, oldest first.
  public let days: [CalendarDate]
  /// Per plan, its row, then a row for each of its areas with an action counted.
  public let rows: [Row]

  /// The history of `actions` of `store` on `days` (sorted and made unique here).
  public init(
    store: PlanStore, actions: ActionSet? = nil, days: [CalendarDate], today: CalendarDate
  ) {
    let days = Array(Set(days)).sorted()
    self.days = days
    let selected = actions ?? store.allActions
    var rows: [Row] = []
    for (planIndex, plan) in store.plans.enumerated() {
      var planCounts = Array(repeating: RAGCounts(), count: days.count)
      var areaCounts = Array(
        repeating: Array(repeating: RAGCounts(), count: days.count), count: plan.areas.count)
      var counted = Array(repeating: false, count: plan.areas.count)
      for index in plan.actionRange where selected.contains(index) {
        let action = store.actions[index]
        let history = action.statusHistory.compactMap { entry in
          entry.status.map { (day: entry.date.date, rag: plan.scale.levels[$0].rag) }
        }
        let now = plan.rag(of: action)
        for (offset, day) in days.enumerated() {
          let rag =
            day >= today ? now : history.last { $0.day <= day }?.rag ?? .unrated
          planCounts[offset].add(rag, isOverdue: false)
          areaCounts[action.area][offset].add(rag, isOverdue: false)
        }
        counted[action.area] = true
      }
      rows.append(Row(plan: planIndex, area: nil, counts: planCounts))
      for area in plan.areas.indices where counted[area] {
        rows.append(Row(plan: planIndex, area: area, counts: areaCounts[area]))
      }
    }
    self.rows = rows
  }

  /// Counts as a board reads them, worst first, classes with none left out: "R2 A5 G3 B1".
  public static func compact(_ counts: RAGCounts) -> String {
    let parts = RAGClass.allCases.compactMap { rag in
      counts[rag] > 0 ? "\(rag.letter)\(counts[rag])" : nil
    }
    return parts.isEmpty ? "none" : parts.joined(separator: " ")
  }
}
