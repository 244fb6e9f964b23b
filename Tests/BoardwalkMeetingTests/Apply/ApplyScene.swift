import BoardwalkCore
import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation

/// A folder holding copies of the fixture plans and a journal of a meeting over them, with
/// the plans' fingerprints as they were when it started.
struct ApplyScene {
  let folder: ScratchFolder
  let harbour: String
  let moorland: String
  let journal: String

  static let h12 = ActionRef(plan: "harbour", action: "H1.2")
  static let in1 = ActionRef(plan: "moorland", action: "IN-1")

  /// A meeting that changes both plans: H1.2 amber → red, and a note on IN-1.
  static let changesBoth: [MeetingEvent] = [
    .statusChanged(h12, from: "amber", to: "red", reason: "No provider."),
    .note(in1, text: "Charter drafted."),
  ]

  /// `harbourBytes` turns the fixture's harbour.json into the file the meeting starts from.
  init(_ events: [MeetingEvent], harbourBytes: ([UInt8]) -> [UInt8] = { $0 }) throws {
    folder = try ScratchFolder("meeting-apply")
    harbour = try folder.write(
      "harbour.json", bytes: harbourBytes(try FixtureFile.bytes("harbour.json")))
    moorland = try folder.write("moorland.json", bytes: try FixtureFile.bytes("moorland.json"))
    journal = folder.file("meeting.jsonl")
    let start = try Self.start(harbour: harbour, moorland: moorland)
    try folder.write("meeting.jsonl", text: JournalLines.text([.started(start)] + events))
  }

  /// The start of a meeting over the plan files at `harbour` and `moorland`, with their
  /// fingerprints as they are now.
  static func start(harbour: String, moorland: String) throws -> MeetingStart {
    MeetingStart(
      plans: [
        PlanFingerprint(
          plan: "harbour", file: harbour, sha256: SHA256.hex(of: try FileBytes.read(harbour))),
        PlanFingerprint(
          plan: "moorland", file: moorland, sha256: SHA256.hex(of: try FileBytes.read(moorland))),
      ], agenda: "", today: "2026-11-22")
  }

  /// The moment `apply` runs, for backup names.
  static let now = Date(timeIntervalSince1970: 1_795_400_000)

  /// The date and time in the name of a backup made at `date` (`20261127-103320`).
  static func backupStamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB_POSIX")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: date)
  }

  func apply(_ paths: [String]? = nil) throws(ApplyError) -> PlanApplier.Report {
    try PlanApplier.apply(journalPath: journal, paths: paths ?? [harbour, moorland], now: Self.now)
  }
}
