import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 6: a full disk, or a journal made read-only, while a meeting appends to it. The
/// append fails with the journal's name and the cause, the file is left exactly as it was
/// (a write that got partway is cut back), and the same entry saves once the fault is gone.
@Suite("a journal on a disk that fills up, or made read-only, during a meeting")
struct JournalOnFullDiskTests {
  static let start = MeetingEvent.started(MeetingStart(plans: [], agenda: "", today: "2026-11-22"))
  static let ref = ActionRef(plan: "harbour", action: "H1.1")
  /// Longer than a page: part of it fits in the journal's last page, the rest cannot.
  static let long = MeetingEvent.note(
    ref,
    text: String(repeating: "Every word of this note must reach the journal whole. ", count: 100))

  @Test(
    "an entry that fills the last page and then runs out of room is cut back: the file as it was, the same entry saved once there is room",
    .needsSmallDisk)
  func partWrittenEntryIsCutBack() throws {
    let folder = try ScratchFolder("meeting-full-journal")
    defer { folder.remove() }
    let disk = try SmallDisk.mount(at: folder.file("disk"))
    defer { disk.unmount() }
    let path = disk.path + "/meeting.jsonl"
    let journal = try JournalFile(path: path)
    try journal.append(Self.start)
    try journal.append(.note(Self.ref, text: "Saved before the disk filled."))
    let before = try FileBytes.read(path)
    #expect(before.count % SmallDisk.page != 0, "the last page has room for part of the entry")
    try disk.fill()
    do {
      try journal.append(Self.long)
      Issue.record("an entry longer than the room left was saved")
    } catch {
      #expect(
        error.message.hasPrefix("\(path): could not save (No space left on device)"),
        "\(error.message)")
    }
    #expect(try FileBytes.read(path) == before)
    #expect(journal.entries.count == 2)
    #expect(try JournalLines.read(path) == journal.entries)

    disk.free()
    let saved = try journal.append(Self.long)
    #expect(saved.sequence == 3)
    #expect(try JournalLines.read(path) == journal.entries)
    #expect(try FileBytes.read(path) == before + Array((saved.line + "\n").utf8))
  }

  @Test(
    "the first entry of a new journal on a full disk fails cleanly: an empty journal that opens again and takes it once there is room",
    .needsSmallDisk)
  func newJournalOnFullDisk() throws {
    let folder = try ScratchFolder("meeting-full-journal")
    defer { folder.remove() }
    let disk = try SmallDisk.mount(at: folder.file("disk"))
    defer { disk.unmount() }
    try disk.fill()
    let path = disk.path + "/meeting.jsonl"
    let journal = try JournalFile(path: path)
    #expect(throws: JournalError.self) { try journal.append(Self.start) }
    #expect(try FileBytes.read(path).isEmpty)
    #expect(try JournalLines.read(path).isEmpty)
    disk.free()
    try journal.append(Self.start)
    #expect(try JournalLines.read(path).count == 1)
  }

  @Test(
    "a journal made read-only while open refuses the entry, naming the file and the cause, and takes it once writable again",
    .enabled(
      if: ReadOnly.isRoot && ReadOnly.isPossible,
      "only chattr +i (as root) stops a file already open"))
  func journalMadeReadOnly() throws {
    let folder = try ScratchFolder("meeting-readonly-journal")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    let journal = try JournalFile(path: path)
    try journal.append(Self.start)
    let before = try FileBytes.read(path)
    try ReadOnly.make(path, folder: false)
    defer { ReadOnly.restore(path, folder: false) }
    do {
      try journal.append(.decision(Self.ref, text: "Decided while read-only."))
      Issue.record("an entry was appended to a read-only journal")
    } catch {
      #expect(
        error.message.hasPrefix("\(path): could not save (Operation not permitted)"),
        "\(error.message)")
    }
    #expect(try FileBytes.read(path) == before)
    ReadOnly.restore(path, folder: false)
    let saved = try journal.append(.decision(Self.ref, text: "Decided while read-only."))
    #expect(saved.sequence == 2)
    #expect(try JournalLines.read(path) == journal.entries)
  }
}
