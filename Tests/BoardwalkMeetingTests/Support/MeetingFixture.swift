import BoardwalkCore
import BoardwalkDocuments
import BoardwalkMeeting
import BoardwalkTestSupport

/// The fixture meeting: `Fixtures/meeting.jsonl`, a board walking through
/// `Fixtures/harbour.json` and `Fixtures/moorland.json` on 2026-11-22.
///
/// What it holds: H1.1 noted, decided and changed red → amber; H1.2 noted and changed
/// amber → red; H1.3 a note struck out and another kept; H2.2 (confidential in its plan)
/// noted and decided; AP-1 marked confidential in the meeting, noted and changed off-track →
/// some-concerns; CF-1 closure proposed and confirmed; H1.4 raised, and AP-3 raised in
/// confidence; IN-1 closure proposed and withdrawn. The previous meeting was 2026-09-20.
enum MeetingFixture {
  static let today = CalendarDate(year: 2026, month: 11, day: 22)!

  static func record() throws -> MeetingRecord {
    let contents = try JournalContents.parse(
      try FixtureFile.bytes("meeting.jsonl"), file: "meeting.jsonl")
    return MeetingRecord(entries: contents.entries)
  }

  static func store() throws -> PlanStore {
    try loadStore(["harbour.json", "moorland.json"].map(FixtureFile.path))
  }

  static func loadStore(_ paths: [String]) throws -> PlanStore {
    let load = PlanLoader.load(paths: paths)
    if load.hasErrors {
      throw TestProblem(
        load.diagnostics.filter(\.isError).map(\.description).joined(separator: "\n"))
    }
    return load.store
  }

  static func minutes(_ visibility: MinutesWriter.Visibility) throws -> String {
    MinutesWriter(record: try record(), store: try store(), today: today, visibility: visibility)
      .markdown
  }

  /// The fixture meeting's minutes as a document, for any format.
  static func document(_ visibility: MinutesWriter.Visibility) throws -> Document {
    MinutesWriter(record: try record(), store: try store(), today: today, visibility: visibility)
      .document
  }
}
