/// How many actions fall in each RAG class, and how many are overdue: one row of the heat map.
public struct RAGCounts: Sendable, Hashable {
  /// One lane per class, by rank (six used): kept in the value, so a million rows of counts
  /// are not a million small arrays.
  private var byClass = SIMD8<Int>()
  public private(set) var overdue = 0

  public init() {}

  /// The number of actions of a class.
  public subscript(rag: RAGClass) -> Int { byClass[rag.rank] }

  /// Every action counted (each is in exactly one class).
  public var total: Int { byClass.wrappedSum() }

  /// The worst class with at least one action, in triage order (red first); `nil` when empty.
  public var worst: RAGClass? {
    RAGClass.allCases.first { self[$0] > 0 }
  }

  /// Counts one action.
  public mutating func add(_ rag: RAGClass, isOverdue: Bool) {
    byClass[rag.rank] += 1
    if isOverdue { overdue += 1 }
  }

  /// Counts action `index` of `store`.
  public mutating func add(action index: Int, of store: PlanStore, today: CalendarDate) {
    add(store.columns.rag[index], isOverdue: store.columns.isOverdue(index, today: today.dayNumber))
  }
}
