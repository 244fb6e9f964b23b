/// One plan's share of a store, built while its file is read (on the reader's thread): its
/// actions, their columns, and its areas' postings with indexes counted within the plan.
/// The store then only joins the parts, so building it does not grow with the data.
struct PlanParts: Sendable {
  let plan: Plan
  let actions: [Action]
  let columns: ActionColumns
  /// `postings[area]`: ascending indexes, within this plan, of the actions serving it.
  let postings: [[Int32]]

  /// The parts of `plan` and its actions, which must already carry `planIndex`.
  init(plan: Plan, planIndex: Int, actions: [Action]) {
    self.plan = plan
    self.actions = actions
    var columns = ActionColumns()
    columns.reserve(actions.count)
    for action in actions { columns.append(action, scale: plan.scale) }
    self.columns = columns
    // Each area's ancestors, itself included, so an action counts for the whole chain (at
    // most ``PlanFormat/maximumAreaLevels`` long in a plan read from a file).
    let tree = plan.areaTree
    let chains: [[Int]] = plan.areas.indices.map { tree.chain(of: $0) }
    var postings = Array(repeating: [Int32](), count: plan.areas.count)
    for (index, action) in actions.enumerated() {
      // The areas served, without repeats (a handful: a linear check beats a Set).
      var served = chains[action.area]
      for link in action.links {
        for area in chains[link] where !served.contains(area) { served.append(area) }
      }
      for area in served { postings[area].append(Int32(index)) }
    }
    self.postings = postings
  }

  /// The same parts as plan `index` of a store (when files before it failed to load).
  func renumbered(as index: Int) -> PlanParts {
    var actions = self.actions
    for position in actions.indices { actions[position].plan = index }
    return PlanParts(plan: plan, planIndex: index, actions: actions)
  }
}
