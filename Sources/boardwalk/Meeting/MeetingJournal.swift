import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Foundation

/// Opening a meeting's journal for the screen: creating it with the plans' fingerprints
/// and the agenda, or resuming it and saying what changed.
enum MeetingJournal {
  /// The journal path to use: the one given, else `boardwalk-meeting-DATE.jsonl` here.
  static func path(_ given: String?, today: CalendarDate) -> String {
    given ?? "boardwalk-meeting-\(today).jsonl"
  }

  /// Opens (or starts) the meeting in `path` over the loaded plans.
  static func open(
    path: String, load: PlanLoader.Result, agenda: String, today: CalendarDate
  ) throws(JournalError) -> (JournalFile, MeetingOpening) {
    let journal = try JournalFile(path: path)
    var warnings: [String] = []
    if let torn = journal.tornTail { warnings.append(torn) }
    let fingerprints = self.fingerprints(load)
    let isResumed = !journal.entries.isEmpty
    if journal.entries.isEmpty {
      try journal.append(
        .started(MeetingStart(plans: fingerprints, agenda: agenda, today: today.description)))
      let title =
        load.store.plans.count == 1
        ? "\(load.store.plans[0].title): improvement board" : "Improvement board"
      try journal.append(.details(MeetingDetailsChange(title: title, date: today.description)))
    } else if let start = MeetingRecord(entries: journal.entries).start {
      for recorded in start.plans {
        guard let now = fingerprints.first(where: { $0.plan == recorded.plan }) else {
          warnings.append("plan \(recorded.plan) of this meeting is not loaded")
          continue
        }
        if now.sha256 != recorded.sha256 {
          warnings.append("\(now.file) changed since the meeting started; apply will refuse it")
        }
      }
      if !agenda.isEmpty, agenda != start.agenda {
        warnings.append("the meeting keeps its agenda \"\(start.agenda)\"")
      }
    }
    return (
      journal,
      MeetingOpening(
        journalPath: path, entries: journal.entries, warnings: warnings, isResumed: isResumed)
    )
  }

  /// SHA-256 of each loaded plan file, as it is on disk now.
  static func fingerprints(_ load: PlanLoader.Result) -> [PlanFingerprint] {
    load.files.compactMap { report in
      guard let index = report.planIndex,
        let data = FileManager.default.contents(atPath: report.file)
      else { return nil }
      return PlanFingerprint(
        plan: load.store.plans[index].id, file: report.file, sha256: SHA256.hex(of: Array(data)))
    }
  }

  /// The minutes' file names beside the journal: `NAME.minutes.public.md`, `.full.md`.
  static func minutesPaths(for journal: String) -> (public: String, full: String) {
    let base = journal.hasSuffix(".jsonl") ? String(journal.dropLast(6)) : journal
    return (base + ".minutes.public.md", base + ".minutes.full.md")
  }
}
