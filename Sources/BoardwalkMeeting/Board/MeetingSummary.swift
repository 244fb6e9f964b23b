import BoardwalkCore
import Foundation

/// One meeting of a board, as `boardwalk meetings` lists it: its day, whether it is going
/// on, and what it recorded.
public struct MeetingSummary: Hashable, Sendable {
  /// Where a meeting stands.
  public enum Status: String, Hashable, Sendable {
    /// A screen has its journal open (its lock is held).
    case inProgress = "in progress"
    /// Held; its minutes are drafts until a later meeting approves them.
    case draftMinutes = "draft minutes"
    /// A later meeting agreed its minutes (``MeetingSummary/approvedOn``).
    case approved = "approved"
    /// Its journal could not be read (the reason is in ``problem``).
    case unreadable = "unreadable"
  }

  public let journal: String
  public let day: CalendarDate?
  public let title: String
  public private(set) var status: Status
  public let itemsDiscussed: Int
  public let decisions: Int
  public let actionsRaised: Int
  /// Actions the board gave itself at the meeting.
  public let boardActions: Int
  /// The day of the later meeting that agreed its minutes, when one has.
  public private(set) var approvedOn: CalendarDate?
  /// The days of earlier meetings whose minutes this one agreed.
  public let approves: [String]
  /// Why the journal could not be read, when it could not.
  public let problem: String?

  /// The meetings in `folder`: every `*.jsonl` journal, oldest first (by the meeting's day,
  /// then file name).
  public static func all(in folder: String) -> [MeetingSummary] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let summaries = names.filter { $0.hasSuffix(".jsonl") }.sorted().map {
      summary(of: folder + "/" + $0)
    }
    var sorted = summaries.enumerated().sorted { left, right in
      switch (left.element.day, right.element.day) {
      case (let a?, let b?) where a != b: a < b
      default: left.offset < right.offset
      }
    }.map(\.element)
    // A meeting's minutes are approved when a later meeting agreed them.
    for index in sorted.indices where sorted[index].status == .draftMinutes {
      guard let day = sorted[index].day else { continue }
      let approving = sorted.first { later in
        later.day.map { $0 > day } == true && later.approves.contains(day.description)
      }
      if let approving {
        sorted[index].status = .approved
        sorted[index].approvedOn = approving.day
      }
    }
    return sorted
  }

  /// The summary of the meeting journal at `path`.
  public static func summary(of path: String) -> MeetingSummary {
    guard let data = FileManager.default.contents(atPath: path) else {
      return MeetingSummary(unreadable: path, "cannot be read")
    }
    let record: MeetingRecord
    do {
      record = MeetingRecord(entries: try JournalContents.parse(Array(data), file: path).entries)
    } catch {
      return MeetingSummary(unreadable: path, error.message)
    }
    guard let start = record.start else {
      return MeetingSummary(unreadable: path, "no meeting has started in it")
    }
    let day =
      (try? PlanDate(parsing: record.details.date).date)
      ?? (try? CalendarDate(parsingDay: start.today))
    let decisions = record.items.values.reduce(0) { count, item in
      count
        + item.liveEntries.filter {
          if case .decision = $0.kind { true } else { false }
        }.count
    }
    return MeetingSummary(
      journal: path, day: day, title: record.details.title,
      status: JournalFile.holder(of: path) == nil ? .draftMinutes : .inProgress,
      itemsDiscussed: record.discussed.count, decisions: decisions,
      actionsRaised: record.raised.count, boardActions: record.boardActions.count,
      approves: record.approvals.map(\.meeting), problem: nil)
  }

  private init(
    journal: String, day: CalendarDate?, title: String, status: Status, itemsDiscussed: Int,
    decisions: Int, actionsRaised: Int, boardActions: Int, approves: [String], problem: String?
  ) {
    self.boardActions = boardActions
    self.approves = approves
    self.journal = journal
    self.day = day
    self.title = title
    self.status = status
    self.itemsDiscussed = itemsDiscussed
    self.decisions = decisions
    self.actionsRaised = actionsRaised
    self.problem = problem
  }

  private init(unreadable path: String, _ problem: String) {
    self.init(
      journal: path, day: nil, title: "", status: .unreadable, itemsDiscussed: 0, decisions: 0,
      actionsRaised: 0, boardActions: 0, approves: [], problem: problem)
  }
}
