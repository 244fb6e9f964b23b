import BoardwalkCore
import Foundation

/// A board's meetings as their journals in its meetings folder tell them, oldest first: what
/// carries from one meeting to the next (the board's action log, minutes to approve).
public struct BoardHistory: Sendable {
  /// One meeting: its day, its journal, and what it recorded.
  public struct Meeting: Sendable {
    public let day: CalendarDate
    public let journal: String
    public let record: MeetingRecord

    /// The meeting held on `day`, kept in `journal`, as `record` folds it.
    public init(day: CalendarDate, journal: String, record: MeetingRecord) {
      self.day = day
      self.journal = journal
      self.record = record
    }
  }

  /// The meetings whose journals could be read, oldest first.
  public let meetings: [Meeting]

  public init(meetings: [Meeting]) {
    self.meetings = meetings.sorted { $0.day < $1.day }
  }

  /// The meetings in `folder`; a journal that cannot be read is given to `warn` and left out.
  public static func read(folder: String, warn: (String) -> Void = { _ in }) -> BoardHistory {
    var meetings: [Meeting] = []
    for summary in MeetingSummary.all(in: folder) {
      guard let day = summary.day,
        let data = FileManager.default.contents(atPath: summary.journal)
      else {
        if let problem = summary.problem { warn("\(summary.journal): \(problem); left out") }
        continue
      }
      do {
        let contents = try JournalContents.parse(Array(data), file: summary.journal)
        meetings.append(
          Meeting(
            day: day, journal: summary.journal, record: MeetingRecord(entries: contents.entries)))
      } catch {
        warn("\(error.message); left out")
      }
    }
    return BoardHistory(meetings: meetings)
  }

  /// The meetings held before `day`.
  public func before(_ day: CalendarDate) -> [Meeting] { meetings.filter { $0.day < day } }

  /// The meetings held after `day`.
  public func after(_ day: CalendarDate) -> [Meeting] { meetings.filter { $0.day > day } }

  /// The meeting held before `day`, the last one.
  public func previous(to day: CalendarDate) -> Meeting? { before(day).last }

  /// The board's action log as it stood when the meeting of `day` opened: every action raised
  /// at an earlier meeting, with what later meetings decided about it.
  public func actionLog(before day: CalendarDate) -> BoardActionLog {
    var log = BoardActionLog()
    for meeting in before(day) { log.fold(meeting.record, day: meeting.day) }
    return log
  }

  /// The approval of the minutes of the meeting of `day`, by a later meeting, if one gave it:
  /// the approving meeting's day and what it agreed.
  public func approval(of day: CalendarDate) -> (day: CalendarDate, approval: MinutesApproval)? {
    for meeting in after(day) {
      if let approval = meeting.record.approvals.last(where: { $0.meeting == day.description }) {
        return (meeting.day, approval)
      }
    }
    return nil
  }
}

/// The board's own actions across its meetings: each with where it stands.
public struct BoardActionLog: Hashable, Sendable {
  /// One action on the log.
  public struct Entry: Hashable, Sendable {
    public let action: BoardAction
    /// The day of the meeting it arose at.
    public let raisedOn: CalendarDate
    /// Its due date now: the last carried-forward date, else the date it was given.
    public var due: String
    /// How many times the board carried it forward.
    public var timesCarried = 0
    /// Done or dropped, with the note and the day; `nil` while open.
    public var closed: Closing?

    public var isOpen: Bool { closed == nil }
  }

  /// How the board closed an action of its log: done or dropped, why, and when.
  public struct Closing: Hashable, Sendable {
    public let outcome: BoardActionReview.Outcome
    public let note: String
    public let day: CalendarDate
  }

  /// Every action, in the order raised.
  public private(set) var entries: [Entry] = []

  public init() {}

  /// The actions still open, in the order raised.
  public var open: [Entry] { entries.filter(\.isOpen) }

  /// The action `id`, if it is on the log.
  public func entry(_ id: String) -> Entry? { entries.first { $0.action.id == id } }

  /// Adds what the meeting of `day` recorded: the actions it raised, then its reviews.
  public mutating func fold(_ record: MeetingRecord, day: CalendarDate) {
    for action in record.boardActions where entry(action.id) == nil {
      entries.append(Entry(action: action, raisedOn: day, due: action.due))
    }
    for review in record.boardActionReviews {
      guard let at = entries.firstIndex(where: { $0.action.id == review.id }) else { continue }
      switch review.outcome {
      case .carried:
        entries[at].timesCarried += 1
        entries[at].due = review.due ?? entries[at].due
        entries[at].closed = nil
      case .done, .dropped:
        entries[at].closed = Closing(outcome: review.outcome, note: review.note, day: day)
      }
    }
  }
}
