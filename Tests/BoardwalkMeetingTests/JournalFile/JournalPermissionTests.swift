import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

@Suite("journal files that cannot be written")
struct JournalPermissionTests {
  static let start = MeetingEvent.started(MeetingStart(plans: [], agenda: "", today: "2026-11-22"))
  static let ref = ActionRef(plan: "harbour", action: "H1.1")

  @Test("a journal in a folder under a file (not a folder at all) is refused, naming the path")
  func folderIsAFile() throws {
    let folder = try ScratchFolder("meeting-mode")
    defer { folder.remove() }
    try folder.write("plain", text: "a file, not a folder\n")
    let path = folder.file("plain/meeting.jsonl")
    do {
      _ = try JournalFile(path: path)
      Issue.record("a journal was opened under a file")
    } catch {
      #expect(error.message.contains(path), "\(error.message)")
    }
  }

  @Test(
    "a journal in a folder that cannot be written is refused, naming the path (as root: the folder is made immutable, since root writes through chmod)",
    .enabled(if: ReadOnly.isPossible, "running as root where chattr +i is unavailable"))
  func readOnlyFolder() throws {
    let folder = try ScratchFolder("meeting-mode")
    defer { folder.remove() }
    let locked = folder.file("locked")
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
    try ReadOnly.make(locked, folder: true)
    defer { ReadOnly.restore(locked, folder: true) }
    let path = locked + "/meeting.jsonl"
    do {
      _ = try JournalFile(path: path)
      Issue.record("a journal was created in a read-only folder")
    } catch {
      #expect(
        error.message.hasPrefix("\(path): cannot open the journal for writing"), "\(error.message)")
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test(
    "an existing journal that cannot be written is refused, naming it, and left as it was (as root: made immutable, since root writes through chmod)",
    .enabled(if: ReadOnly.isPossible, "running as root where chattr +i is unavailable"))
  func readOnlyFile() throws {
    let folder = try ScratchFolder("meeting-mode")
    defer { folder.remove() }
    let text = JournalLines.text([Self.start, .note(Self.ref, text: "kept")])
    let path = try folder.write("meeting.jsonl", text: text)
    try ReadOnly.make(path, folder: false)
    defer { ReadOnly.restore(path, folder: false) }
    do {
      _ = try JournalFile(path: path)
      Issue.record("an unwritable journal was opened for appending")
    } catch {
      #expect(error.message.hasPrefix("\(path): "), "\(error.message)")
    }
    #expect(try FileBytes.read(path) == Array(text.utf8))
  }

  @Test("a journal path that is a folder is refused, naming it")
  func pathIsAFolder() throws {
    let folder = try ScratchFolder("meeting-mode")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    do {
      _ = try JournalFile(path: path)
      Issue.record("a folder was opened as a journal")
    } catch {
      #expect(
        error.message.hasPrefix("\(path) is a folder; nothing was written"), "\(error.message)")
    }
  }

  @Test(
    "an append that fails on a full disk names the journal and leaves the file exactly as it was",
    .enabled(if: FullDisk.isAvailable, "needs /proc/self/fd and /dev/full (Linux)"))
  func failedAppendLeavesFile() throws {
    let folder = try ScratchFolder("meeting-mode")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    let journal = try JournalFile(path: path)
    try journal.append(Self.start)
    try journal.append(.note(Self.ref, text: "saved before the disk filled"))
    let before = try FileBytes.read(path)
    let entriesBefore = journal.entries
    #expect(try FullDisk.fill(descriptorsOf: path) == 1)
    do {
      try journal.append(.note(Self.ref, text: "this one cannot be saved"))
      Issue.record("an append to a full disk succeeded")
    } catch {
      #expect(error.message.hasPrefix("\(path): could not save"), "\(error.message)")
    }
    #expect(try FileBytes.read(path) == before)
    #expect(journal.entries == entriesBefore)
    #expect(journal.nextSequence == 3)
    #expect(try JournalLines.read(path) == entriesBefore)
  }
}
