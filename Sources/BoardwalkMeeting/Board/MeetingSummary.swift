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
    /// A later meeting in the folder agreed its minutes (``BoardHistory/approval(of:)``).
    case approved = "approved minutes"
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
  /// Why the journal could not be read, when it could not.
  public let problem: String?
  /// The days (`YYYY-MM-DD`) of the earlier meetings whose minutes this one agreed.
  public let approves: [String]

  /// The meetings in `folder`: every `*.jsonl` journal, oldest first (by the meeting's day,
  /// then file name).
  public static func all(in folder: String) -> [MeetingSummary] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let summaries = names.filter { $0.hasSuffix(".jsonl") }.sorted().map {
      summary(of: folder + "/" + $0)
    }
    var ordered = summaries.enumerated().sorted { left, right in
      switch (left.element.day, right.element.day) {
      case (let a?, let b?) where a != b: a < b
      default: left.offset < right.offset
      }
    }.map(\.element)
    // Minutes a later meeting agreed are approved.
    for index in ordered.indices where ordered[index].status == .draftMinutes {
      guard let day = ordered[index].day else { continue }
      let agreed = ordered[(index + 1)...].contains { later in
        (later.day.map { $0 > day } ?? false) && later.approves.contains(day.description)
      }
      if agreed { ordered[index].status = .approved }
    }
    return ordered
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
      actionsRaised: record.raised.count, problem: nil,
      approves: record.approvals.map(\.meeting))
  }

  private init(
    journal: String, day: CalendarDate?, title: String, status: Status, itemsDiscussed: Int,
    decisions: Int, actionsRaised: Int, problem: String?, approves: [String] = []
  ) {
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
      actionsRaised: 0, problem: problem)
  }
}
