import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 10: one writer of a journal at a time. Two screens on one journal (or apply while a
/// meeting is open) gave two entries one number while both said "saved".
@Suite("a journal has one writer at a time")
struct JournalLockTests {
  static let start = MeetingEvent.started(MeetingStart(plans: [], agenda: "", today: "2026-11-22"))

  @Test("a second writer is refused, told who holds it, and the journal is untouched")
  func secondWriterRefused() throws {
    let folder = try ScratchFolder("meeting-lock")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    let first = try JournalFile(path: path)
    try first.append(Self.start)
    let before = try FileBytes.read(path)
    do {
      _ = try JournalFile(path: path)
      Issue.record("a second writer opened the journal")
    } catch {
      #expect(
        error.message.hasPrefix(
          "\(path): this meeting is open on \(ProcessInfo.processInfo.hostName) (process \(getpid())"
        ), "\(error.message)")
      #expect(error.message.contains("open it read-only (boardwalk meet --read-only)"))
    }
    #expect(try FileBytes.read(path) == before)
    #expect(JournalFile.holder(of: path)?.contains("process \(getpid())") == true)
  }

  @Test("closing gives the lock back: its file goes, and the next writer opens the journal")
  func closeReleases() throws {
    let folder = try ScratchFolder("meeting-lock")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    let first = try JournalFile(path: path)
    try first.append(Self.start)
    #expect(try folder.names() == ["meeting.jsonl", "meeting.jsonl.lock"])
    first.close()
    #expect(try folder.names() == ["meeting.jsonl"])
    #expect(JournalFile.holder(of: path) == nil)
    let second = try JournalFile(path: path)
    #expect(second.entries.count == 1)
    #expect(throws: JournalError.self) {
      try first.append(.moved(ActionRef(plan: "p", action: "a")))
    }
  }

  @Test("a lock file left by a process of this machine that has gone is taken over")
  func staleLockTakenOver() throws {
    let folder = try ScratchFolder("meeting-lock")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    try folder.write(
      "meeting.jsonl.lock",
      text:
        #"{"host":"\#(ProcessInfo.processInfo.hostName)","process":999999,"user":"jo","since":"2026-11-22T09:00:00+00:00"}"#
        + "\n")
    let journal = try JournalFile(path: path)
    try journal.append(Self.start)
    #expect(JournalFile.holder(of: path)?.contains("process \(getpid())") == true)
  }

  @Test(
    "a lock file naming another machine is obeyed (a shared drive may not pass locks on), saying how to clear it"
  )
  func otherMachineObeyed() throws {
    let folder = try ScratchFolder("meeting-lock")
    defer { folder.remove() }
    let path = try folder.write("meeting.jsonl", text: JournalLines.text([Self.start]))
    let lock = try folder.write(
      "meeting.jsonl.lock",
      text:
        #"{"host":"minute-takers-laptop","process":4242,"user":"jo","since":"2026-11-22T10:04:05+00:00"}"#
        + "\n")
    let before = try folder.contents()
    do {
      _ = try JournalFile(path: path)
      Issue.record("a journal open on another machine was opened")
    } catch {
      #expect(
        error.message.hasPrefix(
          "\(path): this meeting is open on minute-takers-laptop (process 4242, user jo, since 2026-11-22T10:04:05+00:00)"
        ), "\(error.message)")
      #expect(error.message.hasSuffix("remove \(lock)"), "\(error.message)")
    }
    #expect(try folder.contents() == before)
  }

  @Test("another process holding the journal (flock) refuses this one")
  func anotherProcess() async throws {
    let folder = try ScratchFolder("meeting-lock")
    defer { folder.remove() }
    let path = try folder.write("meeting.jsonl", text: JournalLines.text([Self.start]))
    let holder = try LockHolder(locking: path)
    defer { holder.release() }
    #expect(JournalFile.holder(of: path) == "another process on this machine")
    #expect(throws: JournalError.self) { try JournalFile(path: path) }
    #expect(try JournalLines.read(path).count == 1)
  }
}
