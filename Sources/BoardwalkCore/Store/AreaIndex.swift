/// For every area of every plan, the actions that serve it: those whose `area` or `links`
/// name it or an area beneath it.
struct AreaIndex: Sendable {
  /// `actions[plan][area]`: ascending action indexes.
  private let actions: [[[Int32]]]

  /// The index of plans whose parts start at the given store indexes.
  init(parts: [PlanParts], starts: [Int]) {
    actions = zip(parts, starts).map { part, start in
      let offset = Int32(start)
      return part.postings.map { postings in offset == 0 ? postings : postings.map { $0 + offset } }
    }
  }

  /// The actions serving area `area` of plan `plan`.
  func actions(plan: Int, area: Int) -> [Int32] { actions[plan][area] }
}
