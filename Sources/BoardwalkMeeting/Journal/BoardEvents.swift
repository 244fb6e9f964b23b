import BoardwalkCore

/// Whether a member of the board is at a meeting, and how.
public enum AttendanceStatus: String, Hashable, Sendable, CaseIterable {
  case present
  case apologies
  case absent
  /// Attends in a voting member's place (``Attendance/substituteFor``).
  case substitute
  /// Attends without a vote (an officer, a guest).
  case inAttendance = "in-attendance"

  /// How minutes and the screen word it.
  public var words: String {
    switch self {
    case .present: "present"
    case .apologies: "apologies"
    case .absent: "absent"
    case .substitute: "substitute"
    case .inAttendance: "in attendance"
    }
  }
}

/// One person's attendance at a meeting, as the minute-taker records it.
public struct Attendance: Hashable, Sendable {
  /// The person, as the board file names them (or anyone, for a substitute or a guest).
  public let name: String
  public let status: AttendanceStatus
  /// For a substitute: the voting member whose place they take.
  public let substituteFor: String?

  public init(name: String, status: AttendanceStatus, substituteFor: String? = nil) {
    self.name = name
    self.status = status
    self.substituteFor = substituteFor
  }
}

/// An interest declared at a meeting: who, what, on which item, and whether they left the
/// room while it was taken.
public struct Declaration: Hashable, Sendable {
  public let name: String
  public let interest: String
  /// The plan item it concerns; `nil` for a declaration on the meeting as a whole.
  public let item: ActionRef?
  public let leftRoom: Bool

  public init(name: String, interest: String, item: ActionRef? = nil, leftRoom: Bool = false) {
    self.name = name
    self.interest = interest
    self.item = item
    self.leftRoom = leftRoom
  }
}

/// An action the board gives itself (not a plan action): who does what by when, and the item
/// it arose from. It stays on the board's action log, meeting after meeting, until the board
/// closes or drops it.
public struct BoardAction: Hashable, Sendable {
  /// Unique across the board's meetings: the meeting's day and a number (`2026-11-22/1`).
  public let id: String
  public let text: String
  public let owner: String
  /// As a plan writes a due date (`YYYY-MM-DD`, `YYYY-MM`, `ongoing` or `tbc`).
  public let due: String
  /// The plan item it arose from, if it arose from one.
  public let arising: ActionRef?
  /// The item of other business it arose from (`AOB1`), if it arose from one.
  public let business: String?

  public init(
    id: String, text: String, owner: String, due: String, arising: ActionRef? = nil,
    business: String? = nil
  ) {
    self.id = id
    self.text = text
    self.owner = owner
    self.due = due
    self.arising = arising
    self.business = business
  }
}

/// What a meeting decided about an open board action on its action log.
public struct BoardActionReview: Hashable, Sendable {
  public enum Outcome: String, Hashable, Sendable, CaseIterable {
    /// Done: the board closes it.
    case done
    /// Carried forward to a new date.
    case carried
    /// Dropped: the board no longer asks for it.
    case dropped
  }

  public let id: String
  public let outcome: Outcome
  /// For `carried`: the new due date, as a plan writes one.
  public let due: String?
  /// The note (done) or the reason (carried, dropped).
  public let note: String

  public init(id: String, outcome: Outcome, due: String? = nil, note: String) {
    self.id = id
    self.outcome = outcome
    self.due = due
    self.note = note
  }
}

/// The board agreeing an earlier meeting's minutes as a correct record, with the corrections
/// it made (none: agreed as they stand).
public struct MinutesApproval: Hashable, Sendable {
  /// One correction: the minute it changes (its reference) and the corrected words.
  public struct Correction: Hashable, Sendable, Codable {
    public let minute: String
    public let text: String

    public init(minute: String, text: String) {
      self.minute = minute
      self.text = text
    }
  }

  /// The day of the meeting whose minutes are approved (`YYYY-MM-DD`).
  public let meeting: String
  public let corrections: [Correction]

  public init(meeting: String, corrections: [Correction] = []) {
    self.meeting = meeting
    self.corrections = corrections
  }
}

/// An item of any other business: raised on the day, not a plan action, minuted with what
/// was said and what the board decided.
public struct OtherBusiness: Hashable, Sendable {
  /// `AOB1`, `AOB2`, … in the order raised.
  public let id: String
  public let title: String
  /// What was said.
  public let note: String
  /// What the board decided, if anything.
  public let decision: String?

  public init(id: String, title: String, note: String, decision: String? = nil) {
    self.id = id
    self.title = title
    self.note = note
    self.decision = decision
  }
}
