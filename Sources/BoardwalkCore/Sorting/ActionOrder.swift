/// The orders a list of actions can be put in. Ties keep file order.
public enum ActionOrder: String, Sendable, CaseIterable {
  /// As the files list them.
  case file
  /// Earliest due date first; then `ongoing`, `tbc`, and no date last.
  case due
  /// Worst first: red, amber, green, blue, grey, unrated; within a class, the scale's order.
  case status
  /// By first owner, ignoring case; actions with no owner last.
  case owner
  /// By plan, then by id in natural order (`1.2` before `1.10`).
  case id

  /// `indexes` put in this order.
  public func sorted(_ indexes: [Int], in store: PlanStore) -> [Int] {
    let columns = store.columns
    switch self {
    case .file:
      return indexes
    case .due:
      return indexes.stableSorted { a, b in
        let ka = (columns.dueKind[a].sortRank, columns.dueDay[a])
        let kb = (columns.dueKind[b].sortRank, columns.dueDay[b])
        return ka < kb
      }
    case .status:
      return indexes.stableSorted { a, b in
        (columns.rag[a].rank, columns.level[a]) < (columns.rag[b].rank, columns.level[b])
      }
    case .owner:
      let keys = Dictionary(
        uniqueKeysWithValues: indexes.map { ($0, store.actions[$0].owners.first?.lowercased()) })
      return indexes.stableSorted { a, b in
        switch (keys[a] ?? nil, keys[b] ?? nil) {
        case (nil, _): return false
        case (_, nil): return true
        case (let left?, let right?): return left < right
        }
      }
    case .id:
      return indexes.stableSorted { a, b in
        let planA = columns.plan[a]
        let planB = columns.plan[b]
        if planA != planB { return planA < planB }
        return NaturalOrder.precedes(store.actions[a].id, store.actions[b].id)
      }
    }
  }
}

extension ActionColumns.DueKind {
  fileprivate var sortRank: Int {
    switch self {
    case .date: 0
    case .ongoing: 1
    case .tbc: 2
    case .none: 3
    }
  }
}

extension Array {
  /// Sorted by `areInIncreasingOrder`, keeping the original order of equal elements.
  fileprivate func stableSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
    enumerated().sorted { left, right in
      if areInIncreasingOrder(left.element, right.element) { return true }
      if areInIncreasingOrder(right.element, left.element) { return false }
      return left.offset < right.offset
    }.map(\.element)
  }
}
