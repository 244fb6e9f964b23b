import BoardwalkCore
import BoardwalkMeeting

/// A lead writing their return on screen (`boardwalk update --owner NAME`): whose return it
/// is, the file it is saved in, what it says so far, and what is being written now.
public struct ReturnState: Sendable {
  /// The lead, as the plans write the name.
  public let lead: String
  /// The cycle, `YYYY-MM`.
  public let cycle: String
  /// The return file every entry is appended to.
  public let path: String
  /// The return as its file tells it, entry by entry.
  public private(set) var record: ReturnRecord
  /// The lead's open actions (store indexes, in file order) when the return was opened.
  public let actions: [Int]
  public internal(set) var overlay: ReturnOverlay?
  /// The overlay to bring back if the entry it produced could not be saved.
  var lastSubmitted: ReturnOverlay?

  init(opening: ReturnOpening, store: PlanStore) {
    lead = opening.lead
    cycle = opening.cycle
    path = opening.path
    var record = ReturnRecord()
    for entry in opening.entries { record.apply(entry) }
    self.record = record
    actions = LeadActions.of(opening.lead, in: store)?.actions ?? []
  }

  mutating func apply(_ entry: JournalEntry) {
    record.apply(entry)
  }

  /// How many of the lead's open actions the return says something about.
  func updatedCount(in store: PlanStore) -> Int {
    actions.reduce(0) { $0 + (record.hasUpdate(LeadActions.ref($1, in: store)) ? 1 : 0) }
  }
}

/// A lead's return opened by the shell, for the screen to write into.
public struct ReturnOpening: Hashable, Sendable {
  public let lead: String
  public let cycle: String
  public let path: String
  /// The file's entries so far (the first is its `return-started`).
  public let entries: [JournalEntry]
  /// Warnings to show: a torn last line kept aside.
  public let warnings: [String]

  public init(
    lead: String, cycle: String, path: String, entries: [JournalEntry], warnings: [String] = []
  ) {
    self.lead = lead
    self.cycle = cycle
    self.path = path
    self.entries = entries
    self.warnings = warnings
  }
}

/// What is open over the screen while a lead writes their return.
public enum ReturnOverlay: Hashable, Sendable {
  /// A progress note or a piece of evidence being written.
  case text(TextEditor, purpose: ReturnTextPurpose)
  /// Choosing the status to propose, from the action's scale.
  case statusChoice(levels: [RatingLevel], cursor: Int)
  /// Why the lead proposes `level`.
  case statusReason(LineEditor, level: String)
  /// The due date the lead asks for, as a plan writes one.
  case dueDate(LineEditor, error: String?)
  /// Why the lead asks for the due date `due`.
  case dueReason(LineEditor, due: String)
  /// Choosing the milestone done: the action's milestones, as the help lists them.
  case milestoneChoice(milestones: [String], cursor: Int)
  /// Withdrawing the action's last entry (asks first).
  case confirmStrike(sequence: Int, summary: String)
  /// Throwing away text that was typed (asks first), and the overlay to go back to.
  indirect case confirmDiscard(ReturnOverlay)
}

/// What a return's text editor holds.
public enum ReturnTextPurpose: Hashable, Sendable {
  case progress
  case evidence

  var title: String {
    switch self {
    case .progress: "Progress since the last return"
    case .evidence: "Evidence: a link, or where to find it"
    }
  }

  /// The draft's name, when the screen asks before throwing it away.
  var draftName: String {
    switch self {
    case .progress: "progress note"
    case .evidence: "evidence"
    }
  }
}
