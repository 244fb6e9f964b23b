/// One action of a plan, as its file holds it, with references resolved to indexes.
public struct Action: Sendable, Hashable {
  /// Index of the action's plan in its store's ``PlanStore/plans``.
  public internal(set) var plan: Int
  public let id: String
  /// Index of the action's area in its plan's ``Plan/areas``.
  public let area: Int
  /// Indexes of the other areas the action serves, in its plan's ``Plan/areas``.
  public let links: [Int]
  public let title: String
  public let objective: String?
  public let owners: [String]
  public let start: PlanDate?
  public let due: DueDate?
  /// The source's own words for the due date.
  public let dueText: String?
  /// Index of the action's level in its plan's scale; `nil` means unrated.
  public let status: Int?
  public let milestones: [Milestone]
  public let outcomes: String?
  public let measures: String?
  public let evidence: String?
  /// Progress notes, oldest first.
  public let updates: [ProgressUpdate]
  public let sources: [String]
  public let isConfidential: Bool

  public init(
    plan: Int = 0, id: String, area: Int, links: [Int] = [], title: String,
    objective: String? = nil,
    owners: [String] = [], start: PlanDate? = nil, due: DueDate? = nil, dueText: String? = nil,
    status: Int? = nil, milestones: [Milestone] = [], outcomes: String? = nil,
    measures: String? = nil,
    evidence: String? = nil, updates: [ProgressUpdate] = [], sources: [String] = [],
    isConfidential: Bool = false
  ) {
    self.plan = plan
    self.id = id
    self.area = area
    self.links = links
    self.title = title
    self.objective = objective
    self.owners = owners
    self.start = start
    self.due = due
    self.dueText = dueText
    self.status = status
    self.milestones = milestones
    self.outcomes = outcomes
    self.measures = measures
    self.evidence = evidence
    self.updates = updates
    self.sources = sources
    self.isConfidential = isConfidential
  }

  /// The day the action is due, when it has one (not `ongoing`, `tbc` or absent).
  public var dueDate: CalendarDate? { due?.calendarDate }
}

extension Action {
  /// The same action with another status (a level index of its plan's scale; `nil` for
  /// unrated).
  public func replacingStatus(_ status: Int?) -> Action {
    Action(
      plan: plan, id: id, area: area, links: links, title: title, objective: objective,
      owners: owners, start: start,
      due: due, dueText: dueText, status: status, milestones: milestones, outcomes: outcomes,
      measures: measures,
      evidence: evidence, updates: updates, sources: sources, isConfidential: isConfidential)
  }
}
