/// A step towards an action, with its own date.
public struct Milestone: Sendable, Hashable {
  public let due: PlanDate?
  /// The source's own words for the date.
  public let dueText: String?
  public let text: String
  public let isDone: Bool

  public init(due: PlanDate? = nil, dueText: String? = nil, text: String, isDone: Bool = false) {
    self.due = due
    self.dueText = dueText
    self.text = text
    self.isDone = isDone
  }
}

/// A dated progress note, with the status the action had then.
public struct ProgressUpdate: Sendable, Hashable {
  public let date: PlanDate
  /// Index of the level in the plan's scale, when the update gives a status.
  public let status: Int?
  public let text: String?

  public init(date: PlanDate, status: Int? = nil, text: String? = nil) {
    self.date = date
    self.status = status
    self.text = text
  }
}

/// A milestone as an action keeps it: its text in the plan's ``PlanText``.
struct StoredMilestone: Sendable, Hashable {
  let due: PlanDate?
  let dueText: TextRef?
  let text: TextRef
  let isDone: Bool
}

/// An update as an action keeps it: its text in the plan's ``PlanText``.
struct StoredUpdate: Sendable, Hashable {
  let date: PlanDate
  let status: Int?
  let text: TextRef?
}
