import BoardwalkCore

/// What a meeting of a board knows from the board's file and its earlier meetings: the
/// members and quorum, the action log as the meeting opened, and the meeting whose minutes
/// it is asked to agree.
public struct BoardContext: Hashable, Sendable {
  public let board: Board
  /// The board's action log as this meeting opened (the actions of earlier meetings).
  public let log: BoardActionLog
  /// The day of the board's last meeting before this one, if it kept one.
  public let previousMeeting: CalendarDate?

  public init(board: Board, log: BoardActionLog, previousMeeting: CalendarDate?) {
    self.board = board
    self.log = log
    self.previousMeeting = previousMeeting
  }

  /// The context of the meeting in the journal at `journal` holding `entries`: the earlier
  /// meetings are the journals beside it.
  public static func of(board: Board, journal: String, entries: [JournalEntry]) -> BoardContext {
    let history = BoardHistory.read(folder: WriteTarget.folder(of: journal))
    let day = MeetingRules.day(of: MeetingRecord(entries: entries))
    return BoardContext(
      board: board, log: history.actionLog(before: day),
      previousMeeting: history.previous(to: day)?.day)
  }
}
