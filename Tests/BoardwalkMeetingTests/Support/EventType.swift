import BoardwalkMeeting

extension MeetingEvent {
  /// The `type` the journal format (docs/meetings.md) gives this kind of event. Written as
  /// an exhaustive switch so a new kind of event cannot go untested.
  var documentedType: String {
    switch self {
    case .started: "started"
    case .details: "details"
    case .moved: "moved"
    case .note: "note"
    case .decision: "decision"
    case .statusChanged: "status"
    case .dueChanged: "due-changed"
    case .closureProposed: "closure-proposed"
    case .closureConfirmed: "closure-confirmed"
    case .closureWithdrawn: "closure-withdrawn"
    case .closureReopened: "closure-reopened"
    case .confidential: "confidential"
    case .actionRaised: "raised"
    case .attendance: "attendance"
    case .declaration: "declaration"
    case .boardActionRaised: "board-action"
    case .boardActionReviewed: "board-action-review"
    case .minutesApproved: "minutes-approved"
    case .otherBusiness: "aob"
    case .struck: "struck"
    case .applying: "applying"
    case .applied: "applied"
    case .returnStarted: "return-started"
    case .progress: "progress"
    case .proposedStatus: "propose-status"
    case .proposedDue: "propose-due"
    case .evidence: "evidence"
    case .milestoneDone: "milestone-done"
    }
  }

  /// Every type the journal format documents.
  static let documentedTypes: Set<String> = [
    "started", "details", "moved", "note", "decision", "status", "due-changed",
    "closure-proposed",
    "closure-confirmed", "closure-withdrawn", "closure-reopened", "confidential", "raised",
    "struck", "applying", "applied", "attendance", "declaration", "board-action",
    "board-action-review", "minutes-approved", "aob", "return-started", "progress",
    "propose-status",
    "propose-due", "evidence", "milestone-done",
  ]
}
