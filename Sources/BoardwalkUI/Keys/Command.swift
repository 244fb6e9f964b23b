import BoardwalkMeeting

/// What a key asks the screen to do. The key map (``KeyMap``) binds keys to commands; the
/// update function carries them out.
public enum Command: Hashable, Sendable {
  case moveUp, moveDown, moveLeft, moveRight
  case pageUp, pageDown, first, last
  case nextPane, previousPane
  case focus(Pane)
  /// Enter: open the selection, or apply it as a filter.
  case activate
  /// Esc: close, cancel, or undo the last filter step.
  case back
  case search
  case editFilter
  case pick(PickerKind)
  case clearFilter
  case toggleMine
  case toggleHeatMapRows
  case cycleSort
  case help
  /// Show the last message whole.
  case showLastMessage
  /// Public mode on or off: confidential text withheld, for a projected screen.
  case togglePublic
  case quit
  /// Ctrl-C: end the screen now, asking first while unsaved text is open.
  case interrupt
  // In pickers and editors.
  case toggleChoice
  case accept
  case cancel
  // Meetings.
  case startMeeting
  case nextItem, previousItem
  case toggleAgenda
  case writeNote, writeDecision, changeStatus
  case proposeClosure, confirmClosure
  case toggleConfidential
  case raiseAction
  case editDetails
  case strikeLast
  /// Accept, or record as not accepted, what the leads' returns propose for the item.
  case acceptReturn, declineReturn
  case exportMinutes
  // A board's meeting (issue 14).
  case takeAttendance, declareInterest, raiseBoardAction, reviewActionLog, agreePreviousMinutes
  /// An item of any other business: its title, what was said, what was decided.
  case raiseOtherBusiness
  /// In the attendance list: record the highlighted person so.
  case markAttendance(AttendanceStatus)
  /// In the attendance list: someone not on the board's list, in attendance.
  case addGuest
  /// In the action log: the board's decision on the highlighted action.
  case reviewAction(BoardActionReview.Outcome)
  // A lead's return.
  /// Write a progress note, propose a status or a due date, add evidence, tick a milestone.
  case writeProgress, proposeStatus, proposeDue, addEvidence, tickMilestone
  case leaveMeeting
  case newLine
  case editExternally
  case submitForm
  case yes, no
}

/// The quick pickers.
public enum PickerKind: String, Hashable, Sendable, CaseIterable {
  case owner, area, due, status

  public var title: String {
    switch self {
    case .owner: "Owner"
    case .area: "Area"
    case .due: "Due"
    case .status: "Status"
    }
  }
}
