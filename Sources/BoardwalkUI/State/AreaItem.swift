import BoardwalkCore

/// A row of the areas pane: all areas, a plan, or one area (indented under its parent).
public struct AreaItem: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case all
    case plan(Int)
    case area(plan: Int, area: Int, depth: Int)
  }

  public let kind: Kind
  public let id: String
  public let title: String
  /// Counts of the row's actions over the whole store.
  public let counts: RAGCounts

  /// The filter terms selecting the row.
  public var terms: [FilterTerm] {
    switch kind {
    case .all: []
    case .plan: [FilterTerm(.plan, [id])]
    case .area: [FilterTerm(.plan, [planID ?? ""]), FilterTerm(.area, [id])]
    }
  }

  /// The rows for a store: "All areas", then each plan's areas in file order with children
  /// after their parents (plan rows only when several plans are loaded).
  static func items(for store: PlanStore, today: CalendarDate) -> [AreaItem] {
    let total = Summary.totals(store: store, today: today)
    var items = [AreaItem(kind: .all, id: "All", title: "All areas", counts: total)]
    let rows = Summary.rows(by: .area, store: store, today: today)
    let plans = Summary.rows(by: .plan, store: store, today: today)
    var rowIndex = 0
    for (planIndex, plan) in store.plans.enumerated() {
      if store.plans.count > 1 {
        items.append(
          AreaItem(
            kind: .plan(planIndex), id: plan.id, title: plan.title, counts: plans[planIndex].counts)
        )
      }
      let planRows = Array(rows[rowIndex..<(rowIndex + plan.areas.count)])
      rowIndex += plan.areas.count
      // Parents before their children, in one pass however deep the areas are nested.
      for (areaIndex, depth) in plan.areaTree.order {
        let area = plan.areas[areaIndex]
        items.append(
          AreaItem(
            kind: .area(plan: planIndex, area: areaIndex, depth: depth), id: area.id,
            title: area.title,
            counts: planRows[areaIndex].counts, planID: plan.id))
      }
    }
    return items
  }

  /// The plan id for area rows (its filter needs it).
  public let planID: String?

  init(kind: Kind, id: String, title: String, counts: RAGCounts, planID: String? = nil) {
    self.kind = kind
    self.id = id
    self.title = title
    self.counts = counts
    self.planID = planID
  }
}
