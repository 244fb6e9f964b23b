import BoardwalkCore
import BoardwalkMeeting

/// What is open over the meeting screen.
public enum MeetingOverlay: Hashable, Sendable {
  /// Writing minute text: a note, a decision, or the note on a closure proposal.
  case text(TextEditor, purpose: TextPurpose)
  /// Choosing the action's new status from its scale.
  case statusChoice(levels: [RatingLevel], cursor: Int)
  /// The one-line reason for a status change.
  case statusReason(LineEditor, level: String)
  /// Raising a new action.
  case raise(FormState)
  /// The meeting's title, date, chair, people and declarations.
  case details(FormState)
  /// Striking out the last note or decision (asks first).
  case confirmStrike(sequence: Int, summary: String)
  /// Confirming a proposed closure (asks first), naming the action by its title.
  case confirmClosure(ActionRef, title: String)
  /// Reopening an action the board closed in this meeting (asks first).
  case confirmReopen(ActionRef, title: String)
  /// Throwing away text that was typed (asks first).
  case confirmDiscard(MeetingOverlayBox)
  /// Taking attendance: the board's members and anyone else recorded, one highlighted.
  case attendance(cursor: Int)
  /// The name of someone standing in for `member`.
  case substitute(LineEditor, member: String)
  /// The name of someone attending without a vote, not on the board's list.
  case guest(LineEditor)
  /// A form of the board's: a declaration, a board action, or a review of one.
  case boardForm(FormState, BoardForm)
  /// The board's action log as the meeting opened, one action highlighted.
  case actionLog(cursor: Int)
  /// Marking the item confidential in a board's meeting: the paragraph of Schedule 12A.
  case exemptParagraph(cursor: Int)
  /// The previous meeting's minutes: corrections, one a line (none: agreed as they stand).
  case previousMinutes(TextEditor, meeting: String)
}

/// What a form of the board's records.
public enum BoardForm: Hashable, Sendable {
  /// An interest declared on the item.
  case declaration
  /// An action the board gives itself, arising from the item.
  case boardAction
  /// What the board decides about an action on its log.
  case review(id: String, outcome: BoardActionReview.Outcome)
  /// An item of any other business.
  case otherBusiness
}

/// What a text editor's content becomes.
public enum TextPurpose: Hashable, Sendable {
  case note
  case decision
  case closureProposal
  /// Why the board did not accept what a lead's return proposes.
  case returnNotAccepted

  var title: String {
    switch self {
    case .note: "Discussion note"
    case .decision: "Decision"
    case .closureProposal: "Propose closure (management's note)"
    case .returnNotAccepted: "Not accepted: the board's reason"
    }
  }
}

/// Boxes an overlay so an overlay can hold the one it would return to.
public final class MeetingOverlayBox: Hashable, Sendable {
  public let overlay: MeetingOverlay

  public init(_ overlay: MeetingOverlay) {
    self.overlay = overlay
  }

  public static func == (lhs: MeetingOverlayBox, rhs: MeetingOverlayBox) -> Bool {
    lhs.overlay == rhs.overlay
  }
  public func hash(into hasher: inout Hasher) { hasher.combine(overlay) }
}
