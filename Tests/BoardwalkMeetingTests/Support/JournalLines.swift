import BoardwalkMeeting

/// Journal entries numbered from 1, all written at one fixed time: what a journal holds
/// after these events were recorded.
enum JournalLines {
  static let time = "2026-11-22T10:00:00+00:00"

  static func entries(_ events: [MeetingEvent]) -> [JournalEntry] {
    events.enumerated().map { JournalEntry(sequence: $0.offset + 1, time: time, event: $0.element) }
  }

  /// The journal file's text for these events: one line per entry, each ended by a line feed.
  static func text(_ events: [MeetingEvent]) -> String {
    entries(events).map { $0.line + "\n" }.joined()
  }
}

extension JournalLines {
  /// The entries of the journal at `path`, read as `minutes` reads it: without opening it
  /// for writing (which another open journal would refuse).
  static func read(_ path: String) throws -> [JournalEntry] {
    try JournalContents.parse(FileBytes.read(path), file: path).entries
  }
}
