import BoardwalkCore

/// What the leads' returns of a cycle say about each action, as a meeting shows them: per
/// action, each lead who wrote about it, with their latest progress note and what they
/// propose. A value the shell reads before the meeting; the screen never reads files.
public struct LeadReturns: Hashable, Sendable {
  /// One lead's return about one action.
  public struct Entry: Hashable, Sendable {
    public let lead: String
    /// When the lead last wrote about the action (the day, `YYYY-MM-DD`).
    public let day: String
    public let progress: String?
    /// The level key proposed, and why.
    public let status: ReturnItem.Proposal?
    /// The due date proposed (as a plan writes it), and why.
    public let due: ReturnItem.Proposal?

    /// Whether the board is asked to decide something: a status or a date.
    public var hasProposal: Bool { status != nil || due != nil }

    public init(
      lead: String, day: String, progress: String?, status: ReturnItem.Proposal?,
      due: ReturnItem.Proposal?
    ) {
      self.lead = lead
      self.day = day
      self.progress = progress
      self.status = status
      self.due = due
    }
  }

  /// No returns.
  public static let none = LeadReturns(byAction: [:])

  private let byAction: [ActionRef: [Entry]]

  public init(byAction: [ActionRef: [Entry]]) {
    self.byAction = byAction
  }

  /// The returns of `records` (each lead's return, by the lead's name), by action.
  public init(records: [(lead: String, record: ReturnRecord)]) {
    var byAction: [ActionRef: [Entry]] = [:]
    for (lead, record) in records {
      for ref in record.actions {
        let item = record.item(ref)
        guard let latest = item.latest else { continue }
        byAction[ref, default: []].append(
          Entry(
            lead: lead, day: String(latest.time.prefix(10)), progress: item.progress?.value,
            status: item.proposedStatus?.value, due: item.proposedDue?.value))
      }
    }
    self.byAction = byAction
  }

  /// What the returns say about the action `ref`, lead by lead.
  public func entries(for ref: ActionRef) -> [Entry] { byAction[ref] ?? [] }

  /// Whether there are no returns at all.
  public var isEmpty: Bool { byAction.isEmpty }
}
