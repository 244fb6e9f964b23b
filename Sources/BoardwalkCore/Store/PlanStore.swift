import Dispatch

/// Every plan loaded together, their actions in file order, and the indexes that make
/// filtering and counting fast. A value: changing it means building a new one.
public struct PlanStore: Sendable {
  public let plans: [Plan]
  /// Every action of every plan: the first plan's in file order, then the next plan's.
  public let actions: ActionList
  /// Every owner and their actions (built by the first reader, or in the background after
  /// ``prepareIndexes()``; reading waits if need be).
  public var owners: OwnerIndex { ownerIndex.value }
  let columns: ActionColumns
  let areas: AreaIndex
  /// The searchable text (built as ``owners`` is).
  var searchText: SearchText { searchIndex.value }
  private let ownerIndex: LazyIndex<OwnerIndex>
  private let searchIndex: LazyIndex<SearchText>
  /// Actions by plan and id (built when a meeting first looks one up).
  private let idIndex: LazyIndex<ActionIDIndex>
  /// The actions their plans mark confidential (built when public mode first asks).
  private let confidentialIndex: LazyIndex<ActionSet>

  /// A store with no plans.
  public static let empty = PlanStore(parts: [])

  /// The store of these plans' parts, in order (each part's actions carrying its index).
  init(parts: [PlanParts]) {
    var plans: [Plan] = []
    var starts: [Int] = []
    var columns = ActionColumns()
    columns.reserve(parts.reduce(0) { $0 + $1.actions.count })
    var start = 0
    for part in parts {
      var plan = part.plan
      plan.actionRange = start..<(start + part.actions.count)
      plans.append(plan)
      starts.append(start)
      columns.append(part.columns)
      start += part.actions.count
    }
    self.plans = plans
    let actions = ActionList(parts: parts.map(\.actions))
    self.actions = actions
    self.columns = columns
    areas = AreaIndex(parts: parts, starts: starts)
    // Built when first read: `minutes`, `apply` and `check` never search, and should not pay
    // for it. The screen starts them once its first frame is drawn (prepareIndexes()).
    ownerIndex = LazyIndex { OwnerIndex(actions: actions) }
    searchIndex = LazyIndex { SearchText(actions: actions) }
    let loaded = plans
    idIndex = LazyIndex { ActionIDIndex(plans: loaded, actions: actions) }
    confidentialIndex = LazyIndex {
      ActionSet(
        capacity: actions.count, indexes: actions.indices.lazy.filter { actions[$0].isConfidential }
      )
    }
  }

  /// Starts building the owner and search indexes in the background, for a screen that
  /// will filter and pick owners: a keystroke then finds them ready. Reading one before it
  /// is built waits for it.
  public func prepareIndexes() {
    let owners = ownerIndex
    let search = searchIndex
    DispatchQueue.global(qos: .userInitiated).async { _ = owners.value }
    DispatchQueue.global(qos: .userInitiated).async { _ = search.value }
  }

  /// The index of the action with id `actionID` (exactly as written) in the plan with id
  /// `planID` (whatever its case): the first such, in store order. A dictionary lookup,
  /// however many actions there are.
  public func actionIndex(planID: String, actionID: String) -> Int? {
    idIndex.value.index(planID: planID, actionID: actionID)
  }

  /// The plan an action belongs to.
  public func plan(of action: Action) -> Plan { plans[action.plan] }

  /// The RAG class of action `index`.
  public func rag(ofAction index: Int) -> RAGClass { columns.rag[index] }

  /// Whether action `index` is done.
  public func isDone(action index: Int) -> Bool { columns.done[index] }

  /// Whether action `index` is overdue on `today`.
  public func isOverdue(action index: Int, today: CalendarDate) -> Bool {
    columns.isOverdue(index, today: today.dayNumber)
  }

  /// The level of action `index`'s status, or `nil` when it is unrated.
  public func level(ofAction index: Int) -> RatingLevel? {
    let action = actions[index]
    return plans[action.plan].level(of: action)
  }

  /// The actions serving an area: those whose area or links name it or an area beneath it,
  /// in store order.
  public func actionsServing(plan: Int, area: Int) -> [Int] {
    areas.actions(plan: plan, area: area).map { Int($0) }
  }

  /// Every action, as a set.
  public var allActions: ActionSet { ActionSet(capacity: actions.count, full: true) }

  /// The actions their plans mark confidential (worked out once: public mode asks on every
  /// keystroke).
  public var confidentialActions: ActionSet { confidentialIndex.value }

  /// The plan with this id, compared without regard to case.
  public func planIndex(forID id: String) -> Int? {
    let lower = id.lowercased()
    return plans.firstIndex { $0.id.lowercased() == lower }
  }

  /// Collects plans and their actions, then builds the store.
  public struct Builder {
    private var parts: [PlanParts] = []

    public init() {}

    /// Makes room for this many plans.
    public mutating func reserve(plans count: Int) {
      parts.reserveCapacity(count)
    }

    /// Adds a plan and its actions; returns the plan's index in the store.
    @discardableResult
    public mutating func add(_ plan: Plan, actions planActions: [Action]) -> Int {
      let index = parts.count
      var actions = planActions
      for position in actions.indices where actions[position].plan != index {
        actions[position].plan = index
      }
      parts.append(PlanParts(plan: plan, planIndex: index, actions: actions))
      return index
    }

    /// Adds parts built while the plan was read; returns the plan's index in the store.
    @discardableResult
    mutating func add(_ part: PlanParts) -> Int {
      let index = parts.count
      parts.append(
        part.actions.first.map { $0.plan == index } ?? true ? part : part.renumbered(as: index))
      return index
    }

    public func build() -> PlanStore { PlanStore(parts: parts) }
  }
}
