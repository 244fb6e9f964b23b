import BoardwalkMeeting

/// Something the screen asks the shell to do in the world; the shell reports back with a
/// ``ShellFeedback`` event. Until then the screen does not show it as done.
public enum Effect: Hashable, Sendable {
  /// Append this to the open journal (the meeting's, or the lead's return), flushed to disk,
  /// then report `.saved` or `.notSaved`.
  case record(MeetingEvent)
  /// Open (or create) the meeting journal and report `.meetingOpened`. A new meeting's
  /// agenda is `agenda` (a filter expression), or the one the shell was started with when
  /// `nil`; a meeting already begun keeps its own.
  case openMeeting(agenda: String?)
  /// Write the minutes (public and full) of this meeting, and report `.minutesWritten` or
  /// `.failed`.
  case exportMinutes(MeetingRecord)
  /// Open this text in `$EDITOR` and report `.editedExternally`.
  case editExternally(String)
}

/// What the shell reports after carrying out an ``Effect``.
public enum ShellFeedback: Hashable, Sendable {
  /// The entry is in the journal, on disk.
  case saved(JournalEntry)
  /// The event could not be written; the message says why and what to do.
  case notSaved(MeetingEvent, String)
  /// A meeting is open: its journal's entries so far, and anything worth telling.
  case meetingOpened(MeetingOpening)
  /// A lead's return is open for this screen to write into.
  case returnOpened(ReturnOpening)
  /// The minutes were written to these files.
  case minutesWritten([String])
  /// `$EDITOR` returned this text (`nil`: it failed or was cancelled).
  case editedExternally(String?)
  /// An effect failed; the message says why.
  case failed(String)
  /// These plan files changed on disk since the meeting started.
  case plansChanged([String])
  /// The journal a read-only screen follows has these new entries (another screen wrote
  /// them).
  case journalGrew([JournalEntry])
}

/// A meeting journal opened by the shell.
public struct MeetingOpening: Hashable, Sendable {
  public let journalPath: String
  public let entries: [JournalEntry]
  /// Warnings to show: a torn last line skipped, a plan changed since the meeting started.
  public let warnings: [String]
  /// Whether the journal already held this meeting (it was resumed, not started).
  public let isResumed: Bool
  /// Whether this screen only follows the meeting (another screen records it).
  public let isReadOnly: Bool
  /// The board the meeting belongs to, when there is a board file: its members, quorum,
  /// action log and last meeting.
  public var board: BoardContext?

  public init(
    journalPath: String, entries: [JournalEntry], warnings: [String], isResumed: Bool,
    isReadOnly: Bool = false
  ) {
    self.journalPath = journalPath
    self.entries = entries
    self.warnings = warnings
    self.isResumed = isResumed
    self.isReadOnly = isReadOnly
  }
}
