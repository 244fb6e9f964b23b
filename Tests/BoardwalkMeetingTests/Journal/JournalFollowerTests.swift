import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 10: a second screen follows a meeting read-only, entry by entry as it is written.
@Suite("following a journal another writer appends to")
struct JournalFollowerTests {
  @Test("each call gives the whole entries written since, and a line still being written waits")
  func follows() throws {
    let folder = try ScratchFolder("meeting-follow")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    let writer = try JournalFile(path: path)
    try writer.append(.started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")))
    var follower = JournalFollower(
      path: path, contents: try JournalContents.parse(FileBytes.read(path), file: path))
    #expect(try follower.newEntries().isEmpty)
    let ref = ActionRef(plan: "harbour", action: "H1.1")
    let note = try writer.append(.note(ref, text: "first"))
    let moved = try writer.append(.moved(ref))
    #expect(try follower.newEntries() == [note, moved])
    #expect(try follower.newEntries().isEmpty)
    // Half a line, as a writer leaves it for an instant.
    let next = JournalEntry(sequence: 4, time: note.time, event: .decision(ref, text: "fund"))
    let bytes = Array((next.line + "\n").utf8)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(bytes.prefix(10)))
    #expect(try follower.newEntries().isEmpty)
    try handle.write(contentsOf: Data(bytes.dropFirst(10)))
    try handle.close()
    #expect(try follower.newEntries() == [next])
  }

  @Test("a journal that gets shorter (replaced or cut) stops the follower with a message")
  func shorter() throws {
    let folder = try ScratchFolder("meeting-follow")
    defer { folder.remove() }
    let path = try folder.write(
      "meeting.jsonl",
      text: JournalLines.text([
        .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")),
        .moved(ActionRef(plan: "p", action: "a")),
      ]))
    var follower = JournalFollower(
      path: path, contents: try JournalContents.parse(FileBytes.read(path), file: path))
    try folder.write("meeting.jsonl", text: "")
    #expect(throws: JournalError.self) { try follower.newEntries() }
  }
}
