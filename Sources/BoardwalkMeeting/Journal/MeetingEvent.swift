/// One thing that happened in a meeting, or that a lead wrote in a return: a line of a
/// journal (``JournalKind`` says which events each kind of file holds).
public enum MeetingEvent: Hashable, Sendable {
  /// The meeting began: which plans, as which file contents, and the agenda.
  case started(MeetingStart)
  /// Some of the meeting's details changed (only the fields given).
  case details(MeetingDetailsChange)
  /// The chair moved to an item.
  case moved(ActionRef)
  /// A discussion note on an action.
  case note(ActionRef, text: String)
  /// A decision the board took on an action.
  case decision(ActionRef, text: String)
  /// The board changed an action's status (level keys of its scale; `from` nil when unrated).
  case statusChanged(ActionRef, from: String?, to: String, reason: String)
  /// The board moved an action's due date (as a plan writes one; `from` nil when it had
  /// none), with the reason.
  case dueChanged(ActionRef, from: String?, to: String, reason: String)
  /// Management proposed closing an action.
  case closureProposed(ActionRef, note: String)
  /// The board confirmed the proposed closure.
  case closureConfirmed(ActionRef)
  /// A proposed closure was withdrawn.
  case closureWithdrawn(ActionRef)
  /// The board reopened an action it had closed in this meeting (a closure confirmed by
  /// mistake): it stays open.
  case closureReopened(ActionRef)
  /// The action was (or was no longer) discussed in the confidential part of the meeting;
  /// when marked, the paragraph of Schedule 12A it is exempt under, if given.
  case confidential(ActionRef, Bool, paragraph: Int? = nil)
  /// A new action joined the action log.
  case actionRaised(RaisedAction)
  /// Who attends, and how (issue 14: the board's members and quorum).
  case attendance(Attendance)
  /// An interest declared.
  case declaration(Declaration)
  /// The board gave itself an action (owner, due, the item it arose from).
  case boardActionRaised(BoardAction)
  /// The board reviewed an open action of its log: done, carried forward or dropped.
  case boardActionReviewed(BoardActionReview)
  /// The board agreed an earlier meeting's minutes, with any corrections.
  case minutesApproved(MinutesApproval)
  /// An item of any other business, with what was said and decided.
  case otherBusiness(OtherBusiness)
  /// An earlier note or decision (by sequence number) was struck out.
  case struck(sequence: Int)
  /// `boardwalk apply` is about to put these files in place (written, not yet seen): if it
  /// stops before `applied`, the next `apply` knows what to put back.
  case applying([PlanWrite])
  /// `boardwalk apply` wrote the meeting into the plan files, which now have these contents.
  case applied([PlanFingerprint])

  // A lead's return (docs/returns.md).

  /// A lead's return for a cycle began: who, which cycle, and the plans as they were.
  case returnStarted(ReturnStart)
  /// A lead's progress note on an action.
  case progress(ActionRef, text: String)
  /// A lead proposes a new status (a level key of the plan's scale), with the reason.
  case proposedStatus(ActionRef, to: String, reason: String)
  /// A lead asks to move the due date (as a plan writes it), with the reason.
  case proposedDue(ActionRef, due: String, reason: String)
  /// Evidence for an action: a link or where to find it.
  case evidence(ActionRef, text: String)
  /// A lead ticks a milestone as done.
  case milestoneDone(ActionRef, milestone: MilestoneRef)

  /// The action the event concerns, if any.
  public var action: ActionRef? {
    switch self {
    case .moved(let ref), .note(let ref, _), .decision(let ref, _),
      .statusChanged(let ref, _, _, _), .dueChanged(let ref, _, _, _),
      .closureProposed(let ref, _), .closureConfirmed(let ref), .closureWithdrawn(let ref),
      .closureReopened(let ref), .confidential(let ref, _, _), .progress(let ref, _),
      .proposedStatus(let ref, _, _), .proposedDue(let ref, _, _), .evidence(let ref, _),
      .milestoneDone(let ref, _):
      ref
    case .actionRaised(let raised): raised.ref
    case .declaration(let declaration): declaration.item
    case .started, .details, .struck, .applying, .applied, .returnStarted, .attendance,
      .boardActionRaised, .boardActionReviewed, .minutesApproved, .otherBusiness:
      nil
    }
  }
}

/// A plan file as it was when a meeting started (or after `apply`).
public struct PlanFingerprint: Hashable, Sendable, Codable {
  public let plan: String
  /// The file, relative to the journal's folder (``JournalPaths``) or absolute.
  public let file: String
  public let sha256: String
  /// After `apply`: where the version the meeting started from was kept.
  public let backup: String?

  public init(plan: String, file: String, sha256: String, backup: String? = nil) {
    self.plan = plan
    self.file = file
    self.sha256 = sha256
    self.backup = backup
  }
}

/// One plan file `apply` is putting in place: its contents before and after, where the
/// version before is kept, and the file the new bytes wait in. Paths as ``PlanFingerprint``
/// writes them.
public struct PlanWrite: Hashable, Sendable, Codable {
  public let plan: String
  public let file: String
  /// SHA-256 of the file before and after.
  public let before: String
  public let after: String
  public let backup: String
  public let temporary: String

  public init(
    plan: String, file: String, before: String, after: String, backup: String, temporary: String
  ) {
    self.plan = plan
    self.file = file
    self.before = before
    self.after = after
    self.backup = backup
    self.temporary = temporary
  }
}

/// What a meeting starts from.
public struct MeetingStart: Hashable, Sendable, Codable {
  public let plans: [PlanFingerprint]
  /// The agenda's filter expression (empty: every action).
  public let agenda: String
  /// The day the meeting judges due dates on.
  public let today: String

  public init(plans: [PlanFingerprint], agenda: String, today: String) {
    self.plans = plans
    self.agenda = agenda
    self.today = today
  }
}

/// A change to a meeting's details: the fields present are the new values.
public struct MeetingDetailsChange: Hashable, Sendable, Codable {
  public var title: String?
  public var date: String?
  public var chair: String?
  public var present: [String]?
  public var apologies: [String]?
  public var declarations: [String]?
  /// When the board last met: movement in the minutes is measured from it.
  public var previousMeeting: String?
  public var nextMeeting: String?
  public var time: String?
  public var venue: String?
  public var minuteTaker: String?

  public init(
    title: String? = nil, date: String? = nil, chair: String? = nil, present: [String]? = nil,
    apologies: [String]? = nil, declarations: [String]? = nil, previousMeeting: String? = nil,
    nextMeeting: String? = nil, time: String? = nil, venue: String? = nil,
    minuteTaker: String? = nil
  ) {
    self.time = time
    self.venue = venue
    self.minuteTaker = minuteTaker
    self.title = title
    self.date = date
    self.chair = chair
    self.present = present
    self.apologies = apologies
    self.declarations = declarations
    self.previousMeeting = previousMeeting
    self.nextMeeting = nextMeeting
  }

  public var isEmpty: Bool { self == MeetingDetailsChange() }
}

/// A new action raised in a meeting.
public struct RaisedAction: Hashable, Sendable, Codable {
  public let ref: ActionRef
  public let area: String
  public let title: String
  public let owners: [String]
  /// As a plan file writes it: a date, `ongoing` or `tbc`; `nil` for none.
  public let due: String?
  public let isConfidential: Bool

  public init(
    ref: ActionRef, area: String, title: String, owners: [String], due: String?,
    isConfidential: Bool = false
  ) {
    self.ref = ref
    self.area = area
    self.title = title
    self.owners = owners
    self.due = due
    self.isConfidential = isConfidential
  }

  /// The same action, confidential or not.
  public func marking(_ confidential: Bool) -> RaisedAction {
    RaisedAction(
      ref: ref, area: area, title: title, owners: owners, due: due, isConfidential: confidential)
  }
}

/// What a lead's return starts from.
public struct ReturnStart: Hashable, Sendable, Codable {
  /// The return format, written in the first entry.
  public static let format = "boardwalk-return/1"

  /// The lead's name exactly as the plans write it.
  public let lead: String
  /// The cycle the return is for: `YYYY-MM`.
  public let cycle: String
  /// The plans as they were when the return began, recorded as a meeting records them.
  public let plans: [PlanFingerprint]

  public init(lead: String, cycle: String, plans: [PlanFingerprint]) {
    self.lead = lead
    self.cycle = cycle
    self.plans = plans
  }
}

/// Which milestone of an action a lead ticked: by its number (1 for the first) or by its
/// due date as the plan writes it.
public enum MilestoneRef: Hashable, Sendable {
  case number(Int)
  case due(String)

  /// "milestone 2", "the milestone due 2026-12".
  public var description: String {
    switch self {
    case .number(let number): "milestone \(number)"
    case .due(let due): "the milestone due \(due)"
    }
  }
}
