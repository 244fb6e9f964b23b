import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

@Suite("what a journal file has appended is there when it is opened again")
struct JournalDurabilityTests {
  static let ref = ActionRef(plan: "harbour", action: "H1.1")
  static let start = MeetingEvent.started(
    MeetingStart(plans: [], agenda: "status:red", today: "2026-11-22"))

  @Test("a new journal is created, and each append is on disk for the next reader")
  func appendIsDurable() throws {
    let folder = try ScratchFolder("meeting-durable")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    let journal = try JournalFile(path: path)
    #expect(journal.entries.isEmpty)
    #expect(FileManager.default.fileExists(atPath: path))
    let first = try journal.append(Self.start)
    #expect(try JournalLines.read(path) == [first])
    let second = try journal.append(.note(Self.ref, text: "Backlog at 95."))
    #expect(try JournalLines.read(path) == [first, second])
    #expect(try FileBytes.read(path) == Array((first.line + "\n" + second.line + "\n").utf8))
  }

  @Test("entries are numbered on from the last, in a reopened journal too")
  func numberedOn() throws {
    let folder = try ScratchFolder("meeting-durable")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    do {
      let journal = try JournalFile(path: path)
      try journal.append(Self.start)
      try journal.append(.moved(Self.ref))
      #expect(journal.nextSequence == 3)
    }
    let reopened = try JournalFile(path: path)
    #expect(reopened.nextSequence == 3)
    let third = try reopened.append(.decision(Self.ref, text: "Fund locums."))
    #expect(third.sequence == 3)
    #expect(reopened.entries.map(\.sequence) == [1, 2, 3])
  }

  @Test("an entry's time is ISO 8601 with its offset from UTC")
  func timeIsISO8601() throws {
    let folder = try ScratchFolder("meeting-durable")
    defer { folder.remove() }
    let journal = try JournalFile(path: folder.file("meeting.jsonl"))
    let entry = try journal.append(Self.start, at: Date(timeIntervalSince1970: 1_795_000_000))
    let pattern = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})/
    #expect(entry.time.wholeMatch(of: pattern) != nil, "\(entry.time)")
  }

  @Test("a journal closed by one writer opens for the next with every entry")
  func reopenAfterAnotherWriter() throws {
    let folder = try ScratchFolder("meeting-durable")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    let journal = try JournalFile(path: path)
    try journal.append(Self.start)
    for number in 1...30 { try journal.append(.note(Self.ref, text: "note \(number)")) }
    journal.close()
    let reopened = try JournalFile(path: path)
    #expect(reopened.entries == journal.entries)
    #expect(reopened.entries.count == 31)
  }
}
