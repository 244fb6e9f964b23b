/// An action's ratings over time, as a board reads its direction of travel: the status of
/// each dated update that gives one, oldest first, then the action's status now when it
/// differs from the last of them. Written as letters (`A A R R A`), it reads without colour.
public struct RatingTrend: Hashable, Sendable {
  /// The ratings, oldest first (at most the number asked for: the latest ones).
  public let ratings: [RAGClass]

  /// The last `count` ratings of `action` of `plan`.
  public init(of action: Action, in plan: Plan, last count: Int = 5) {
    let levels = plan.scale.levels
    var ratings = action.statusHistory.compactMap { entry in
      entry.status.flatMap { levels.indices.contains($0) ? levels[$0].rag : nil }
    }
    if let now = plan.level(of: action)?.rag, ratings.last != now { ratings.append(now) }
    self.ratings = Array(ratings.suffix(max(0, count)))
  }

  /// "A A R R A", or `nil` with fewer than two ratings (no trend to read).
  public var letters: String? {
    guard ratings.count >= 2 else { return nil }
    return ratings.map { String($0.letter) }.joined(separator: " ")
  }
}
