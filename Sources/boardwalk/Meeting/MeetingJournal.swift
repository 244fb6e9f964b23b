import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Foundation

/// Opening a meeting's journal for the screen: creating it with the plans' fingerprints
/// and the agenda, or resuming it and saying what changed.
enum MeetingJournal {
  /// The journal path to use: the one given, else the board's (`MEETINGS/DATE.jsonl`), else
  /// `boardwalk-meeting-DATE.jsonl` here.
  static func path(_ given: String?, today: CalendarDate, board: Board? = nil) -> String {
    given ?? board?.journalPath(for: today) ?? "boardwalk-meeting-\(today).jsonl"
  }

  /// Opens (or starts) the meeting in `path` over the loaded plans, taking its lock. A new
  /// meeting's agenda is `agenda`, or ``Agenda/defaultExpression`` when `nil`; a meeting
  /// resumed keeps its own, and says so when a different one was asked for.
  /// - Throws: ``JournalError`` when the journal cannot be opened, another screen has it, or
  ///   the plans loaded are not the ones the meeting started with.
  static func open(
    path: String, load: PlanLoader.Result, agenda: String?, today: CalendarDate,
    title: String? = nil
  ) throws(JournalError) -> (JournalFile, MeetingOpening) {
    let journal = try JournalFile(path: path)
    var warnings: [String] = []
    if let torn = journal.tornTail { warnings.append(torn) }
    let fingerprints = self.fingerprints(load, journal: path)
    let isResumed = !journal.entries.isEmpty
    if journal.entries.isEmpty {
      try journal.append(
        .started(
          MeetingStart(
            plans: fingerprints, agenda: agenda ?? Agenda.defaultExpression,
            today: today.description)))
      let title =
        title
        ?? (load.store.plans.count == 1
          ? "\(load.store.plans[0].title): improvement board" : "Improvement board")
      try journal.append(.details(MeetingDetailsChange(title: title, date: today.description)))
    } else if case let record = MeetingRecord(entries: journal.entries), let start = record.start {
      try requireSamePlans(start, fingerprints, journal: path)
      if record.applied != nil {
        warnings.append(
          "this meeting was applied to the plans already: what is recorded now reaches the minutes, not the plans"
        )
      }
      for recorded in start.plans where record.applied == nil {
        if let now = fingerprints.first(where: { $0.plan == recorded.plan }),
          now.sha256 != recorded.sha256
        {
          warnings.append(
            "\(JournalPaths(journal: path).resolved(now.file)) changed since the meeting started; apply will refuse it"
          )
        }
      }
      if let agenda, agenda != start.agenda {
        warnings.append("the meeting keeps its agenda: \(Agenda.described(start.agenda))")
      }
    }
    return (
      journal,
      MeetingOpening(
        journalPath: path, entries: journal.entries, warnings: warnings, isResumed: isResumed)
    )
  }

  /// Opens the meeting in `path` to follow it, writing nothing: for a second screen while
  /// another records it.
  static func openReadOnly(path: String, load: PlanLoader.Result) throws(JournalError) -> (
    JournalFollower, MeetingOpening
  ) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw JournalError("\(path): no such journal, or it cannot be read; nothing to follow")
    }
    let contents = try JournalContents.parse(Array(data), file: path)
    guard let start = MeetingRecord(entries: contents.entries).start else {
      throw JournalError("\(path): no meeting has started in this journal; nothing to follow")
    }
    try requireSamePlans(start, fingerprints(load, journal: path), journal: path)
    let holder = JournalFile.holder(of: path).map { "recorded on \($0)" } ?? "not open elsewhere"
    return (
      JournalFollower(path: path, contents: contents),
      MeetingOpening(
        journalPath: path, entries: contents.entries,
        warnings: ["Read-only: this screen follows the meeting (\(holder)) and records nothing"],
        isResumed: true, isReadOnly: true)
    )
  }

  /// Refuses plans other than the ones the meeting started with: decisions recorded on a
  /// plan the meeting does not know would never reach it, and a plan left out would be
  /// missed.
  private static func requireSamePlans(
    _ start: MeetingStart, _ loaded: [PlanFingerprint], journal: String
  ) throws(JournalError) {
    let started = Set(start.plans.map { $0.plan.lowercased() })
    let now = Set(loaded.map { $0.plan.lowercased() })
    guard started != now else { return }
    let paths = JournalPaths(journal: journal)
    let missing = start.plans.filter { !now.contains($0.plan.lowercased()) }.map {
      "\($0.plan) (\(paths.resolved($0.file)))"
    }
    let extra = loaded.filter { !started.contains($0.plan.lowercased()) }.map {
      "\($0.plan) (\(paths.resolved($0.file)))"
    }
    var parts: [String] = []
    if !missing.isEmpty { parts.append("not loaded now: " + missing.joined(separator: ", ")) }
    if !extra.isEmpty { parts.append("not in the meeting: " + extra.joined(separator: ", ")) }
    throw JournalError(
      "\(journal): this meeting started with other plans (\(parts.joined(separator: "; "))); nothing was written. Resume it with the plans it started with: boardwalk meet --journal \(journal), giving no plan files"
    )
  }

  /// SHA-256 of each loaded plan file, as it is on disk now, with its path as the journal at
  /// `journal` records it.
  static func fingerprints(_ load: PlanLoader.Result, journal: String) -> [PlanFingerprint] {
    let paths = JournalPaths(journal: journal)
    return load.files.compactMap { report in
      guard let index = report.planIndex,
        let data = FileManager.default.contents(atPath: report.file)
      else { return nil }
      return PlanFingerprint(
        plan: load.store.plans[index].id, file: paths.recorded(report.file),
        sha256: SHA256.hex(of: Array(data)))
    }
  }

  /// The minutes' file names beside the journal: `NAME.minutes.public.md`, `.full.md`.
  static func minutesPaths(for journal: String) -> (public: String, full: String) {
    let base = journal.hasSuffix(".jsonl") ? String(journal.dropLast(6)) : journal
    return (base + ".minutes.public.md", base + ".minutes.full.md")
  }
}
