/// How to group actions into rows of a summary or the heat map.
public enum SummaryGrouping: String, Sendable, CaseIterable {
  /// One row per area of each plan; an action counts in its area's row, in the row of every
  /// area it links to, and in the rows of their parents.
  case area
  /// One row per owner as written; an action counts once for each of its owners, and
  /// actions with no owner have a row of their own ("(no owner)").
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
  /// For rows of areas, how many of the row's actions are the area's own (their area is
  /// this one or one beneath it); the rest serve it through their links. `nil` for other rows.
  public let own: Int?
  /// How the row groups actions.
  let grouping: SummaryGrouping
  /// Whether this is the row of actions with no owner.
  public let isOwnerless: Bool

  /// The label of the row of actions with no owner.
  public static let ownerlessKey = "(no owner)"

  init(
    key: String, plan: String? = nil, title: String? = nil, counts: RAGCounts, own: Int? = nil,
    grouping: SummaryGrouping, isOwnerless: Bool = false
  ) {
    self.key = key
    self.plan = plan
    self.title = title
    self.counts = counts
    self.own = own
    self.grouping = grouping
    self.isOwnerless = isOwnerless
  }

  /// The filter term that selects exactly this row's actions (`plan:X area:Y`, `owner:Z`,
  /// `owner:none`); made when asked for, not for every row counted.
  public var filter: FilterExpression {
    switch grouping {
    case .area:
      FilterExpression(terms: [FilterTerm(.plan, [plan ?? ""]), FilterTerm(.area, [key])])
    case .owner:
      FilterExpression(terms: [FilterTerm(.owner, [isOwnerless ? "none" : key], exact: true)])
    case .plan: FilterExpression(terms: [FilterTerm(.plan, [key])])
    }
  }
}

/// The numbers behind the heat map.
public enum Summary {
  /// Rows grouping the actions in `actions` (every action when `nil`).
  ///
  /// Rows of areas and plans are all listed, even when empty; rows of owners only for owners
  /// with at least one of the actions, and last a "(no owner)" row when any of the actions
  /// name no owner.
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
        // Each area's ancestors, itself included: an action is an area's own when the area
        // is in the chain of the action's area.
        let tree = plan.areaTree
        let chains = plan.areas.indices.map { tree.chain(of: $0) }
        return plan.areas.enumerated().map { areaIndex, area in
          let serving = store.areas.actions(plan: planIndex, area: areaIndex)
          let own = serving.lazy.filter {
            selected.contains(Int($0)) && chains[store.actions[Int($0)].area].contains(areaIndex)
          }.count
          return SummaryRow(
            key: area.id, plan: plan.id, title: area.title, counts: counts(serving), own: own,
            grouping: .area)
        }
      }
    case .owner:
      // In the order sorted once when the owners were indexed.
      return store.owners.nameOrder.compactMap { position in
        let owner = Int(position)
        let ownerCounts = counts(store.owners.actions(ofOwner: owner))
        guard ownerCounts.total > 0 else { return nil }
        let name = store.owners.names[owner]
        return SummaryRow(key: name, counts: ownerCounts, grouping: .owner)
      }
        + [counts(store.owners.ownerless)].filter { $0.total > 0 }.map {
          SummaryRow(key: SummaryRow.ownerlessKey, counts: $0, grouping: .owner, isOwnerless: true)
        }
    case .plan:
      return store.plans.map { plan in
        SummaryRow(
          key: plan.id, title: plan.title,
          counts: counts(plan.actionRange.lazy.map { Int32($0) }), grouping: .plan)
      }
    }
  }
}

extension Summary {
  /// The actions in `actions` (every action when `nil`) counted once each: the totals row
  /// under rows that may count an action more than once (by area, by owner).
  public static func totals(store: PlanStore, actions: ActionSet? = nil, today: CalendarDate)
    -> RAGCounts
  {
    var counts = RAGCounts()
    for index in actions ?? store.allActions { counts.add(action: index, of: store, today: today) }
    return counts
  }
}
