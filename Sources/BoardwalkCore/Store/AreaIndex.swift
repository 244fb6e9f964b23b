/// For every area of every plan, the actions that serve it: those whose `area` or `links`
/// name it or an area beneath it.
struct AreaIndex: Sendable {
  /// `actions[plan][area]`: ascending action indexes.
  private let actions: [[[Int32]]]

  init(plans: [Plan], actions allActions: [Action]) {
    var postings = plans.map { plan in Array(repeating: [Int32](), count: plan.areas.count) }
    for (planIndex, plan) in plans.enumerated() {
      // Each area's ancestors, itself included, so an action counts for the whole chain.
      let chains: [[Int]] = plan.areas.indices.map { start in
        var chain = [start]
        var current = plan.areas[start].parent
        while let parent = current, !chain.contains(parent) {
          chain.append(parent)
          current = plan.areas[parent].parent
        }
        return chain
      }
      for index in plan.actionRange {
        let action = allActions[index]
        var served = Set(chains[action.area])
        for link in action.links { served.formUnion(chains[link]) }
        for area in served { postings[planIndex][area].append(Int32(index)) }
      }
    }
    for planIndex in postings.indices {
      for area in postings[planIndex].indices { postings[planIndex][area].sort() }
    }
    self.actions = postings
  }

  /// The actions serving area `area` of plan `plan`.
  func actions(plan: Int, area: Int) -> [Int32] { actions[plan][area] }
}
