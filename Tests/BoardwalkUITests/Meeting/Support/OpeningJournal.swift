import BoardwalkCore
import BoardwalkMeeting

/// The journal the shell writes when it starts a meeting (as `MeetingJournal.open` does):
/// `started` with each plan's fingerprint and the agenda, then `details` with a title and
/// the day.
enum OpeningJournal {
  /// The time every test entry is written at: the minute is the entry's sequence number.
  static func time(_ sequence: Int) -> String {
    "2026-11-22T10:\(sequence < 10 ? "0" : "")\(sequence):00+00:00"
  }

  /// The first two entries of a meeting over `store` with `agenda` (empty: every action).
  static func entries(for store: PlanStore, agenda: String) -> [JournalEntry] {
    let plans = store.plans.map {
      PlanFingerprint(
        plan: $0.id, file: "plans/\($0.id).json", sha256: String(repeating: "0", count: 64))
    }
    let title =
      store.plans.count == 1 ? "\(store.plans[0].title): improvement board" : "Improvement board"
    return [
      JournalEntry(
        sequence: 1, time: time(1),
        event: .started(MeetingStart(plans: plans, agenda: agenda, today: "2026-11-22"))),
      JournalEntry(
        sequence: 2, time: time(2),
        event: .details(MeetingDetailsChange(title: title, date: "2026-11-22"))),
    ]
  }

  /// Those entries followed by `events`, numbered on: a journal as a meeting left it.
  static func entries(for store: PlanStore, agenda: String, then events: [MeetingEvent])
    -> [JournalEntry]
  {
    var entries = self.entries(for: store, agenda: agenda)
    for event in events {
      let sequence = entries.count + 1
      entries.append(JournalEntry(sequence: sequence, time: time(sequence), event: event))
    }
    return entries
  }
}
