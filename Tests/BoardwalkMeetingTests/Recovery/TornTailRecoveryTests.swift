import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

@Suite("resuming after a crash that cut the journal's last line")
struct TornTailRecoveryTests {
  @Test("the journal written for these tests has twenty whole lines")
  func journalIsWhole() throws {
    let folder = try ScratchFolder("meeting-torn")
    defer { folder.remove() }
    let journal = try TwentyEntryJournal(in: folder)
    #expect(journal.entries.map(\.sequence) == Array(1...20))
    #expect(journal.bytes.filter { $0 == 0x0A }.count == 20)
    #expect(journal.bytes.last == 0x0A)
  }

  @Test("cut at every byte of the last line, reopened, appended to and reopened again")
  func everyCut() throws {
    let folder = try ScratchFolder("meeting-torn")
    defer { folder.remove() }
    let journal = try TwentyEntryJournal(in: folder)
    let start = journal.lastLineStart
    for cut in start...journal.bytes.count {
      let path = try folder.write("cut-\(cut).jsonl", bytes: Array(journal.bytes[..<cut]))
      let isWhole = cut == start || cut == journal.bytes.count
      let complete = cut == journal.bytes.count ? 20 : 19
      let reopened = try JournalFile(path: path)
      #expect(
        reopened.entries == Array(journal.entries.prefix(complete)),
        "cut at \(cut): the complete entries are all there")
      if isWhole {
        #expect(reopened.tornTail == nil, "cut at \(cut) is a line boundary")
        #expect(!FileManager.default.fileExists(atPath: path + ".torn"), "cut at \(cut)")
      } else {
        let tail = reopened.tornTail ?? ""
        #expect(tail.hasPrefix("\(path):20: the last line is incomplete"), "cut at \(cut): \(tail)")
        #expect(
          (try? FileBytes.read(path + ".torn")) == Array(journal.bytes[start..<cut]),
          "cut at \(cut): the torn bytes are kept in PATH.torn")
      }
      let added = try reopened.append(.moved(ActionRef(plan: "harbour", action: "H1.2")))
      #expect(added.sequence == complete + 1, "cut at \(cut)")
      let again = try JournalFile(path: path)
      #expect(again.tornTail == nil, "cut at \(cut): no torn tail after appending")
      #expect(again.entries == Array(journal.entries.prefix(complete)) + [added], "cut at \(cut)")
      let expected =
        Array(journal.bytes.prefix(complete == 20 ? journal.bytes.count : start))
        + Array((added.line + "\n").utf8)
      #expect(try FileBytes.read(path) == expected, "cut at \(cut): a valid journal on disk")
    }
  }

  @Test("a journal whose only line is torn reopens empty and can start again")
  func onlyLineTorn() throws {
    let folder = try ScratchFolder("meeting-torn")
    defer { folder.remove() }
    let journal = try TwentyEntryJournal(in: folder)
    let firstLine = journal.bytes.prefix { $0 != 0x0A }
    let path = try folder.write("first.jsonl", bytes: Array(firstLine.prefix(firstLine.count / 2)))
    let reopened = try JournalFile(path: path)
    #expect(reopened.entries.isEmpty)
    #expect(reopened.tornTail?.hasPrefix("\(path):1: ") == true)
    #expect(try FileBytes.read(path).isEmpty)
    #expect(try FileBytes.read(path + ".torn") == Array(firstLine.prefix(firstLine.count / 2)))
    try reopened.append(.started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")))
    #expect(try JournalFile(path: path).entries.map(\.sequence) == [1])
  }
}
