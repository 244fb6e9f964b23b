/// How to group actions into rows of a summary or the heat map.
public enum SummaryGrouping: String, Sendable, CaseIterable {
  /// One row per area of each plan; an action counts in its area's row, in the row of every
  /// area it links to, and in the rows of their parents.
  case area
  /// One row per owner as written; an action counts once for each of its owners.
  case owner
  /// One row per plan.
  case plan
}

/// One row of a summary: a group of actions and their counts.
public struct SummaryRow: Sendable, Hashable {
  /// The area id, owner or plan id.
  public let key: String
  /// The plan's id, for rows of areas.
  public let plan: String?
  /// A title for people: the area's or plan's title.
  public let title: String?
  public let counts: RAGCounts
  /// How the row groups actions.
  let grouping: SummaryGrouping

  /// The filter term that selects exactly this row's actions (`plan:X area:Y`, `owner:=Z`);
  /// made when asked for, not for every row counted.
  public var filter: FilterExpression {
    switch grouping {
    case .area:
      FilterExpression(terms: [FilterTerm(.plan, [plan ?? ""]), FilterTerm(.area, [key])])
    case .owner: FilterExpression(terms: [FilterTerm(.owner, [key], exact: true)])
    case .plan: FilterExpression(terms: [FilterTerm(.plan, [key])])
    }
  }
}

/// The numbers behind the heat map.
public enum Summary {
  /// Rows grouping the actions in `actions` (every action when `nil`).
  ///
  /// Rows of areas and plans are all listed, even when empty; rows of owners only for owners
  /// with at least one of the actions.
  public static func rows(
    by grouping: SummaryGrouping, store: PlanStore, actions: ActionSet? = nil, today: CalendarDate
  ) -> [SummaryRow] {
    let selected = actions ?? store.allActions
    func counts(_ indexes: some Sequence<Int32>) -> RAGCounts {
      var counts = RAGCounts()
      for index in indexes where selected.contains(Int(index)) {
        counts.add(action: Int(index), of: store, today: today)
      }
      return counts
    }
    switch grouping {
    case .area:
      return store.plans.enumerated().flatMap { planIndex, plan in
        plan.areas.enumerated().map { areaIndex, area in
          SummaryRow(
            key: area.id, plan: plan.id, title: area.title,
            counts: counts(store.areas.actions(plan: planIndex, area: areaIndex)), grouping: .area
          )
        }
      }
    case .owner:
      // In the order sorted once when the owners were indexed.
      return store.owners.nameOrder.compactMap { position in
        let owner = Int(position)
        let ownerCounts = counts(store.owners.actions(ofOwner: owner))
        guard ownerCounts.total > 0 else { return nil }
        let name = store.owners.names[owner]
        return SummaryRow(key: name, plan: nil, title: nil, counts: ownerCounts, grouping: .owner)
      }
    case .plan:
      return store.plans.map { plan in
        SummaryRow(
          key: plan.id, plan: nil, title: plan.title,
          counts: counts(plan.actionRange.lazy.map { Int32($0) }), grouping: .plan)
      }
    }
  }
}
