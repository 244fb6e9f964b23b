import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

/// A lead's return is written by the meeting journal's own ``JournalFile``: the same fsync,
/// lock and torn-tail rescue, and neither kind of file is ever taken for the other.
@Suite("return files through the one journal mechanism")
struct ReturnJournalFileTests {
  static let ref = ActionRef(plan: "harbour", action: "H1.1")
  static let start = ReturnStart(
    lead: "Head of SEND", cycle: "2026-11",
    plans: [
      PlanFingerprint(
        plan: "harbour", file: "harbour.json", sha256: String(repeating: "0", count: 64))
    ])

  /// A return file with a start and three entries.
  static func writeReturn(_ path: String) throws -> [JournalEntry] {
    let file = try JournalFile(path: path, kind: .return)
    defer { file.close() }
    try file.append(.returnStarted(start))
    try file.append(.progress(ref, text: "Backlog at 40"))
    try file.append(.proposedStatus(ref, to: "green", reason: "Funding agreed"))
    try file.append(.evidence(ref, text: "https://example.org/a.pdf"))
    return file.entries
  }

  /// A meeting journal with a start and a note.
  static func writeMeeting(_ path: String) throws {
    let file = try JournalFile(path: path)
    defer { file.close() }
    try file.append(.started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")))
    try file.append(.note(ref, text: "Discussed"))
  }

  @Test("a return written and opened again reads back entry for entry")
  func roundTrip() throws {
    let folder = try ScratchFolder("returns-file")
    defer { folder.remove() }
    let path = folder.file("head-of-send.jsonl")
    let written = try Self.writeReturn(path)
    let again = try JournalFile(path: path, kind: .return)
    defer { again.close() }
    #expect(again.entries == written)
    #expect(again.tornTail == nil)
    #expect(ReturnRecord(entries: again.entries).item(Self.ref).progress?.value == "Backlog at 40")
  }

  @Test(
    "a journal of one kind opened as the other is refused, and left as it was",
    arguments: [
      (
        JournalKind.meeting, "meeting.jsonl",
        "this file is not a Boardwalk return file (it is a meeting journal); it was left as it was. A return file's first line is its \"return-started\" entry"
      ),
      (
        JournalKind.return, "head-of-send.jsonl",
        "this file is not a Boardwalk meeting journal (it is a return file); it was left as it was. A journal's first line is its \"started\" entry"
      ),
    ])
  func otherKind(_ written: JournalKind, _ name: String, _ message: String) throws {
    let folder = try ScratchFolder("returns-file")
    defer { folder.remove() }
    let path = folder.file(name)
    if written == .meeting { try Self.writeMeeting(path) } else { _ = try Self.writeReturn(path) }
    let before = try FileBytes.read(path)
    do {
      _ = try JournalFile(path: path, kind: written == .meeting ? .return : .meeting)
      Issue.record("a \(written.name) was opened as the other kind")
    } catch {
      #expect(error.message.hasPrefix("\(path):1: " + message), "\(error.message)")
    }
    #expect(try FileBytes.read(path) == before)
    #expect(try folder.names() == [name], "no lock file or rescue left behind")
  }

  @Test("an entry of the other kind is not appended, and the file is unchanged")
  func otherKindNotAppended() throws {
    let folder = try ScratchFolder("returns-file")
    defer { folder.remove() }
    let path = folder.file("head-of-send.jsonl")
    _ = try Self.writeReturn(path)
    let before = try FileBytes.read(path)
    let file = try JournalFile(path: path, kind: .return)
    defer { file.close() }
    #expect(throws: JournalError.self) { try file.append(.decision(Self.ref, text: "No")) }
    #expect(try FileBytes.read(path) == before)
  }

  @Test("a meeting's entry in a return file is an error naming its line")
  func meetingEntryInReturn() throws {
    let folder = try ScratchFolder("returns-file")
    defer { folder.remove() }
    let path = folder.file("head-of-send.jsonl")
    _ = try Self.writeReturn(path)
    var bytes = try FileBytes.read(path)
    bytes += Array(
      (JournalEntry(
        sequence: 5, time: "2026-11-14T09:00:00Z", event: .decision(Self.ref, text: "x")
      )
      .line + "\n"
        + JournalEntry(
          sequence: 6, time: "2026-11-14T09:00:00Z", event: .progress(Self.ref, text: "y")
        ).line + "\n").utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    do {
      _ = try JournalFile(path: path, kind: .return)
      Issue.record("a decision was read from a return file")
    } catch {
      #expect(
        error.message.hasPrefix(
          "\(path):5: a \"decision\" entry does not belong in a return file; the journal is damaged here"
        ), "\(error.message)")
    }
  }

  @Test(
    "return lines are checked as they are read",
    arguments: [
      (
        #"{"seq":1,"at":"t","type":"return-started","format":"boardwalk-return/2","lead":"A","cycle":"2026-11","plans":[]}"#,
        "return format \"boardwalk-return/2\" is not boardwalk-return/1; use a newer Boardwalk"
      ),
      (
        #"{"seq":1,"at":"t","type":"return-started","format":"boardwalk-return/1","lead":"A","cycle":"2026-13","plans":[]}"#,
        "\"cycle\" is \"2026-13\", not a month written YYYY-MM"
      ),
      (
        #"{"seq":1,"at":"t","type":"return-started","format":"boardwalk-return/1","lead":" ","cycle":"2026-11","plans":[]}"#,
        "\"lead\" is empty: a return names its lead"
      ),
      (
        #"{"seq":2,"at":"t","type":"propose-due","plan":"p","action":"a","due":"31/12/26","reason":"r"}"#,
        "\"due\" is \"31/12/26\": "
      ),
      (
        #"{"seq":2,"at":"t","type":"propose-status","plan":"p","action":"a","reason":"r"}"#,
        "\"to\" is missing"
      ),
      (
        #"{"seq":2,"at":"t","type":"milestone-done","plan":"p","action":"a","milestone":0}"#,
        "\"milestone\" is 0: milestones are numbered from 1"
      ),
      (
        #"{"seq":2,"at":"t","type":"milestone-done","plan":"p","action":"a"}"#,
        "\"milestone\" is missing"
      ),
      (
        #"{"seq":2,"at":"t","type":"milestone-done","plan":"p","action":"a","milestone":1,"due":"2026-12"}"#,
        "\"milestone\" and \"due\" both given: a milestone is named by one"
      ),
      (#"{"seq":2,"at":"t","type":"evidence","plan":"p","action":"a"}"#, "\"text\" is missing"),
    ])
  func lineChecks(_ line: String, _ message: String) {
    do {
      _ = try JournalEntry(line: line)
      Issue.record("read: \(line)")
    } catch {
      #expect(error.message.hasPrefix(message), "\(error.message)")
    }
  }

  @Test("a torn last line of a return is kept aside and cut off, as a meeting's is")
  func tornTail() throws {
    let folder = try ScratchFolder("returns-file")
    defer { folder.remove() }
    let path = folder.file("head-of-send.jsonl")
    let written = try Self.writeReturn(path)
    let whole = try FileBytes.read(path)
    let lastStart = (whole.dropLast().lastIndex(of: 0x0A) ?? 0) + 1
    let cut = lastStart + 20
    try Data(whole[..<cut]).write(to: URL(fileURLWithPath: path))
    let reopened = try JournalFile(path: path, kind: .return)
    #expect(reopened.entries == Array(written.prefix(3)))
    let tail = reopened.tornTail ?? ""
    #expect(tail.hasPrefix("\(path):4: the last line is incomplete"), "\(tail)")
    #expect(tail.hasSuffix("its bytes are kept in \(path).torn"), "\(tail)")
    #expect(try FileBytes.read(path + ".torn") == Array(whole[lastStart..<cut]))
    let added = try reopened.append(.milestoneDone(Self.ref, milestone: .number(1)))
    #expect(added.sequence == 4)
    reopened.close()
    let again = try JournalFile(path: path, kind: .return)
    defer { again.close() }
    #expect(again.tornTail == nil)
    #expect(again.entries == Array(written.prefix(3)) + [added])
  }

  @Test("a second writer of a return is refused by the lock, saying who holds it")
  func locked() throws {
    let folder = try ScratchFolder("returns-file")
    defer { folder.remove() }
    let path = folder.file("head-of-send.jsonl")
    _ = try Self.writeReturn(path)
    let first = try JournalFile(path: path, kind: .return)
    defer { first.close() }
    let before = try FileBytes.read(path)
    do {
      _ = try JournalFile(path: path, kind: .return)
      Issue.record("a second writer opened the return")
    } catch {
      #expect(error.message.hasPrefix("\(path): this return is being written"), "\(error.message)")
    }
    #expect(try FileBytes.read(path) == before)
  }
}
