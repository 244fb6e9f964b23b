/// Every plan loaded together, their actions in file order, and the indexes that make
/// filtering and counting fast. A value: changing it means building a new one.
public struct PlanStore: Sendable {
  public let plans: [Plan]
  /// Every action of every plan: the first plan's in file order, then the next plan's.
  public let actions: [Action]
  public let owners: OwnerIndex
  let columns: ActionColumns
  let areas: AreaIndex
  let searchText: SearchText

  /// A store with no plans.
  public static let empty = PlanStore(plans: [], actions: [])

  init(plans: [Plan], actions: [Action]) {
    self.plans = plans
    self.actions = actions
    var columns = ActionColumns()
    for action in actions { columns.append(action, scale: plans[action.plan].scale) }
    self.columns = columns
    owners = OwnerIndex(actions: actions)
    areas = AreaIndex(plans: plans, actions: actions)
    searchText = SearchText(actions: actions)
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

  /// The plan with this id, compared without regard to case.
  public func planIndex(forID id: String) -> Int? {
    let lower = id.lowercased()
    return plans.firstIndex { $0.id.lowercased() == lower }
  }

  /// Collects plans and their actions, then builds the store.
  public struct Builder {
    private var plans: [Plan] = []
    private var actions: [Action] = []

    public init() {}

    /// Adds a plan and its actions; returns the plan's index in the store.
    @discardableResult
    public mutating func add(_ plan: Plan, actions planActions: [Action]) -> Int {
      let index = plans.count
      var plan = plan
      plan.actionRange = actions.count..<(actions.count + planActions.count)
      plans.append(plan)
      actions.reserveCapacity(actions.count + planActions.count)
      for var action in planActions {
        action.plan = index
        actions.append(action)
      }
      return index
    }

    public func build() -> PlanStore { PlanStore(plans: plans, actions: actions) }
  }
}
