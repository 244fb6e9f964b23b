/// Every action of a store by its plan's id and its own: how a meeting's journal, which
/// names actions, finds them in the store.
struct ActionIDIndex: Sendable {
  /// Plan ids as written, then lower-cased, to the first plan with that id.
  private let exactPlans: [String: Int]
  private let plans: [String: Int]
  /// For each plan, its actions' ids as written, to the first action with that id.
  private let actions: [[String: Int]]

  init(plans: [Plan], actions: ActionList) {
    var planIndexes: [String: Int] = [:]
    for (index, plan) in plans.enumerated() where planIndexes[plan.id.lowercased()] == nil {
      planIndexes[plan.id.lowercased()] = index
    }
    self.plans = planIndexes
    // An id as written finds its plan without making a lower-cased copy (the usual case).
    exactPlans = planIndexes.reduce(into: [:]) { exact, entry in
      exact[plans[entry.value].id] = entry.value
    }
    self.actions = plans.map { plan in
      var ids: [String: Int] = [:]
      ids.reserveCapacity(plan.actionRange.count)
      // Last to first, each id written over: the first action with an id is the one kept,
      // with one hash of each id instead of a lookup and then an insertion.
      for index in plan.actionRange.reversed() { ids[actions[index].id] = index }
      return ids
    }
  }

  func index(planID: String, actionID: String) -> Int? {
    guard let plan = exactPlans[planID] ?? plans[planID.lowercased()] else { return nil }
    return actions[plan][actionID]
  }
}
