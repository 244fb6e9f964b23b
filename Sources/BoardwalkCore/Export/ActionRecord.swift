/// One action flattened for output: what `list` prints in every format.
public struct ActionRecord: Sendable, Hashable {
  public let plan: String
  public let id: String
  public private(set) var title: String
  public let area: String
  public private(set) var links: [String]
  public private(set) var owners: [String]
  public let start: String?
  /// `YYYY-MM-DD`, `ongoing` or `tbc`; `nil` when the action has no due date.
  public let due: String?
  /// The source's own words for the due date.
  public private(set) var dueText: String?
  /// The level key, or `nil` when unrated.
  public let status: String?
  public let statusLabel: String?
  public let rag: RAGClass
  public let isDone: Bool
  public let isOverdue: Bool
  public let isConfidential: Bool
  /// The action's plan is fictional (``Plan/isFictional``).
  public let isFictional: Bool

  /// The record of action `index` of `store` on `today`.
  public init(action index: Int, of store: PlanStore, today: CalendarDate) {
    let action = store.actions[index]
    let plan = store.plans[action.plan]
    let level = plan.level(of: action)
    self.plan = plan.id
    isFictional = plan.isFictional
    id = action.id
    title = action.title
    area = plan.areas[action.area].id
    links = action.links.map { plan.areas[$0].id }
    owners = action.owners
    start = action.start?.description
    due = action.due?.description
    dueText = action.dueText
    status = level?.key
    statusLabel = level?.label
    rag = store.rag(ofAction: index)
    isDone = store.isDone(action: index)
    isOverdue = store.isOverdue(action: index, today: today)
    isConfidential = action.isConfidential
  }

  /// The record with a confidential action's text withheld (its title, owners and the
  /// source's words for its date), for output that may be published: it is still counted,
  /// with its id, area, dates and status.
  public func withholdingConfidentialText() -> ActionRecord {
    guard isConfidential else { return self }
    var record = self
    record.title = Confidentiality.withheldTitle
    record.owners = []
    record.dueText = nil
    return record
  }

  /// The due date for people: the source's words when it has them, else the date.
  public var dueForPeople: String {
    if let dueText, let due, dueText != due { return "\(due) (\(dueText))" }
    return due ?? dueText ?? ""
  }
}

extension ActionRecord {
  /// The plan's id as lists show it: marked when the plan is fictional (``Fiction/mark``).
  public var listedPlan: String { isFictional ? plan + Fiction.mark : plan }
}
