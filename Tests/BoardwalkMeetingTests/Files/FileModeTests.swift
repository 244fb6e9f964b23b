import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

/// The umask belongs to the whole process: these tests change it, so they run one at a time
/// and put it back at once.
@Suite("files Boardwalk creates are never writable by others, whatever the umask", .serialized)
struct FileModeTests {
  static let start = MeetingEvent.started(MeetingStart(plans: [], agenda: "", today: "2026-11-22"))
  static let ref = ActionRef(plan: "harbour", action: "H1.1")

  @Test("a journal created under umask 000 is not writable by others")
  func newJournalModeUnderZeroUmask() throws {
    let folder = try ScratchFolder("meeting-mode")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    try Umask.with(0) {
      let journal = try JournalFile(path: path)
      try journal.append(Self.start)
    }
    let mode = try #require(FileMode.of(path))
    #expect(mode & 0o002 == 0, "mode \(String(mode, radix: 8))")
    #expect(mode & 0o600 == 0o600, "the owner can read and write it")
  }

  @Test("the .torn file kept after a crash under umask 000 is not writable by others")
  func tornFileModeUnderZeroUmask() throws {
    let folder = try ScratchFolder("meeting-mode")
    defer { folder.remove() }
    let text = JournalLines.text([Self.start, .note(Self.ref, text: "kept")])
    let path = try folder.write("meeting.jsonl", text: text + #"{"seq":3,"at":"#)
    try Umask.with(0) { _ = try JournalFile(path: path) }
    let mode = try #require(FileMode.of(path + ".torn"))
    #expect(mode & 0o002 == 0, "mode \(String(mode, radix: 8))")
  }

  @Test("a new file written atomically under umask 000 is not writable by others")
  func atomicNewFileModeUnderZeroUmask() throws {
    let folder = try ScratchFolder("meeting-mode")
    defer { folder.remove() }
    let path = folder.file("minutes.md")
    try Umask.with(0) { try AtomicFile.write(Array("# Minutes\n".utf8), to: path) }
    let mode = try #require(FileMode.of(path))
    #expect(mode & 0o002 == 0, "mode \(String(mode, radix: 8))")
    #expect(try FileBytes.read(path) == Array("# Minutes\n".utf8))
  }

  @Test("a file replaced atomically keeps its permissions, less writing by others")
  func atomicReplacementKeepsMode() throws {
    let folder = try ScratchFolder("meeting-mode")
    defer { folder.remove() }
    let path = try folder.write("plan.json", text: "old\n")
    chmod(path, 0o646)
    try Umask.with(0) { try AtomicFile.write(Array("new\n".utf8), to: path) }
    #expect(FileMode.of(path) == 0o644)
    #expect(try FileBytes.read(path) == Array("new\n".utf8))
  }
}
