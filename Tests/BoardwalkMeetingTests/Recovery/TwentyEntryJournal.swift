import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation

/// A journal of twenty entries written with ``JournalFile``, as a meeting writes one: the
/// bytes on disk, the entries as written, and where its last line starts.
struct TwentyEntryJournal {
  let bytes: [UInt8]
  let entries: [JournalEntry]
  /// The offset of the first byte of the last line.
  let lastLineStart: Int

  static let ref = ActionRef(plan: "harbour", action: "H1.1")

  init(in folder: ScratchFolder) throws {
    let path = folder.file("original.jsonl")
    let journal = try JournalFile(path: path)
    let at = Date(timeIntervalSince1970: 1_795_000_000)
    try journal.append(
      .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")), at: at)
    try journal.append(.details(MeetingDetailsChange(title: "Board", chair: "Cllr Patel")), at: at)
    for number in 3...19 {
      try journal.append(
        .note(Self.ref, text: "Note \(number): the backlog is at \(number * 5)."), at: at)
    }
    // The last line holds multi-byte characters, so some cuts fall inside one.
    try journal.append(
      .decision(Self.ref, text: "Décision: fund locums 👩🏽‍⚕️ until März \"2027\""), at: at)
    entries = journal.entries
    let bytes = try FileBytes.read(path)
    self.bytes = bytes
    let newlines = bytes.indices.filter { bytes[$0] == 0x0A }
    lastLineStart = newlines[newlines.count - 2] + 1
  }
}
