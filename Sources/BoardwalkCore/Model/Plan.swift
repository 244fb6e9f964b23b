/// One plan: its identity, its rating scale and its areas. Its actions live in the
/// ``PlanStore`` beside it.
public struct Plan: Sendable, Hashable {
  public let id: String
  public let title: String
  public let organisation: String?
  public let source: String?
  /// The plan describes no real area (demonstration or training data); every place that
  /// shows its actions says so.
  public let isFictional: Bool
  public let scale: RatingScale
  public let areas: [Area]
  /// The file the plan was loaded from, as it was named.
  public let file: String
  /// Where the plan's actions sit in its store's ``PlanStore/actions``.
  public internal(set) var actionRange: Range<Int>

  public init(
    id: String, title: String, organisation: String? = nil, source: String? = nil,
    isFictional: Bool = false, scale: RatingScale = .rag, areas: [Area], file: String = "",
    actionRange: Range<Int> = 0..<0
  ) {
    self.id = id
    self.title = title
    self.organisation = organisation
    self.source = source
    self.isFictional = isFictional
    self.scale = scale
    self.areas = areas
    self.file = file
    self.actionRange = actionRange
  }

  /// The index of the area with this id, compared without regard to case.
  public func areaIndex(forID id: String) -> Int? {
    if let exact = areas.firstIndex(where: { $0.id == id }) { return exact }
    let lower = id.lowercased()
    return areas.firstIndex { $0.id.lowercased() == lower }
  }

  /// The area at `index` and every area beneath it, as a set of indexes.
  public func areaAndDescendants(_ index: Int) -> Set<Int> {
    Set(areaTree.descendants(of: index))
  }

  /// The level an action's status names, or `nil` when it is unrated.
  public func level(of action: Action) -> RatingLevel? {
    action.status.map { scale.levels[$0] }
  }

  /// The RAG class of an action of this plan.
  public func rag(of action: Action) -> RAGClass {
    action.status.map { scale.levels[$0].rag } ?? .unrated
  }

  /// Whether an action of this plan is finished (an unrated action is not).
  public func isDone(_ action: Action) -> Bool {
    action.status.map { scale.levels[$0].isDone } ?? false
  }

  /// Whether an action of this plan is overdue on `today`: it has a date, the date is
  /// strictly before today, and it is not done.
  public func isOverdue(_ action: Action, today: CalendarDate) -> Bool {
    guard let due = action.dueDate, due < today else { return false }
    return !isDone(action)
  }
}
