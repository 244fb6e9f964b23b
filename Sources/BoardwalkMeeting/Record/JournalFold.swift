/// A record made by folding a journal's entries, in order (``MeetingRecord``,
/// ``ReturnRecord``): replaying the same entries always gives the same record.
public protocol JournalFold {
  /// The record of no entries.
  init()
  /// Adds one entry.
  mutating func apply(_ entry: JournalEntry)
}

extension JournalFold {
  /// The record of these entries.
  public init(entries: [JournalEntry]) {
    self.init()
    for entry in entries { apply(entry) }
  }
}
