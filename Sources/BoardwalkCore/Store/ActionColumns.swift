/// The few facts about each action that filtering and counting read, kept as compact
/// parallel arrays so a scan over every action touches little memory.
struct ActionColumns: Sendable {
  /// What kind of due date an action has.
  enum DueKind: UInt8, Sendable {
    case none, date, ongoing, tbc
  }

  /// Index of each action's plan.
  var plan: [Int32] = []
  /// Level index of each action's status in its plan's scale, or -1 when unrated.
  var level: [Int16] = []
  /// RAG class of each action.
  var rag: [RAGClass] = []
  /// Whether each action is done.
  var done: [Bool] = []
  var dueKind: [DueKind] = []
  /// Day number of each action's due date (meaningful when `dueKind` is `.date`).
  var dueDay: [Int32] = []

  mutating func reserve(_ count: Int) {
    plan.reserveCapacity(count)
    level.reserveCapacity(count)
    rag.reserveCapacity(count)
    done.reserveCapacity(count)
    dueKind.reserveCapacity(count)
    dueDay.reserveCapacity(count)
  }

  /// Adds another plan's columns after these.
  mutating func append(_ other: ActionColumns) {
    plan += other.plan
    level += other.level
    rag += other.rag
    done += other.done
    dueKind += other.dueKind
    dueDay += other.dueDay
  }

  mutating func append(_ action: Action, scale: RatingScale) {
    plan.append(Int32(action.plan))
    level.append(Int16(action.status ?? -1))
    let rating = action.status.map { scale.levels[$0] }
    rag.append(rating?.rag ?? .unrated)
    done.append(rating?.isDone ?? false)
    switch action.due {
    case nil: dueKind.append(.none)
    case .date: dueKind.append(.date)
    case .ongoing: dueKind.append(.ongoing)
    case .tbc: dueKind.append(.tbc)
    }
    dueDay.append(action.dueDate?.dayNumber ?? 0)
  }

  /// Whether action `index` is overdue on `today`.
  @inline(__always)
  func isOverdue(_ index: Int, today: Int32) -> Bool {
    dueKind[index] == .date && dueDay[index] < today && !done[index]
  }
}
