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
      // Cut just before its line break, the last entry is whole: it is kept.
      let isWhole = cut == start || cut >= journal.bytes.count - 1
      let complete = cut >= journal.bytes.count - 1 ? 20 : 19
      let reopened = try JournalFile(path: path)
      #expect(
        reopened.entries == Array(journal.entries.prefix(complete)),
        "cut at \(cut): the complete entries are all there")
      if isWhole {
        #expect(reopened.tornTail == nil, "cut at \(cut) leaves whole entries")
        #expect(!FileManager.default.fileExists(atPath: path + ".torn"), "cut at \(cut)")
      } else {
        let tail = reopened.tornTail ?? ""
        #expect(tail.hasPrefix("\(path):20: the last line is incomplete"), "cut at \(cut): \(tail)")
        #expect(tail.hasSuffix("its bytes are kept in \(path).torn"), "cut at \(cut): \(tail)")
        #expect(
          (try? FileBytes.read(path + ".torn")) == Array(journal.bytes[start..<cut]),
          "cut at \(cut): the torn bytes are kept in PATH.torn")
      }
      let added = try reopened.append(.moved(ActionRef(plan: "harbour", action: "H1.2")))
      #expect(added.sequence == complete + 1, "cut at \(cut)")
      reopened.close()
      let again = try JournalFile(path: path)
      #expect(again.tornTail == nil, "cut at \(cut): no torn tail after appending")
      #expect(again.entries == Array(journal.entries.prefix(complete)) + [added], "cut at \(cut)")
      let expected =
        Array(journal.bytes.prefix(complete == 20 ? journal.bytes.count : start))
        + Array((added.line + "\n").utf8)
      #expect(try FileBytes.read(path) == expected, "cut at \(cut): a valid journal on disk")
    }
  }

  @Test(
    "a last entry that is whole but lacks its line break is kept, and the line break added before the next"
  )
  func wholeEntryWithoutLineBreak() throws {
    let folder = try ScratchFolder("meeting-torn")
    defer { folder.remove() }
    let journal = try TwentyEntryJournal(in: folder)
    let path = try folder.write("no-break.jsonl", bytes: Array(journal.bytes.dropLast()))
    let reopened = try JournalFile(path: path)
    #expect(reopened.entries == journal.entries)
    #expect(reopened.tornTail == nil)
    #expect(try FileBytes.read(path) == journal.bytes, "the line break is back, on disk")
    #expect(try folder.names() == ["no-break.jsonl", "no-break.jsonl.lock", "original.jsonl"])
  }

  @Test("a second torn line is kept in a file of its own: the first rescue is never overwritten")
  func rescuesAreNeverOverwritten() throws {
    let folder = try ScratchFolder("meeting-torn")
    defer { folder.remove() }
    let journal = try TwentyEntryJournal(in: folder)
    let path = try folder.write(
      "twice.jsonl", bytes: Array(journal.bytes[..<(journal.lastLineStart + 10)]))
    let first = try JournalFile(path: path)
    #expect(first.rescueFile == path + ".torn")
    let firstRescue = try FileBytes.read(path + ".torn")
    first.close()
    // The meeting goes on and a later crash tears another line.
    var grown = try FileBytes.read(path)
    grown += Array(#"{"seq":20,"at":"2026-11-22T10:00:00+00:00","type":"no"#.utf8)
    try Data(grown).write(to: URL(fileURLWithPath: path))
    let second = try JournalFile(path: path)
    #expect(second.rescueFile == path + ".torn-2")
    #expect(second.tornTail?.hasSuffix("its bytes are kept in \(path).torn-2") == true)
    #expect(try FileBytes.read(path + ".torn") == firstRescue)
    #expect(
      try FileBytes.read(path + ".torn-2")
        == Array(#"{"seq":20,"at":"2026-11-22T10:00:00+00:00","type":"no"#.utf8))
    #expect(second.entries.count == 19)
  }

  @Test(
    "a journal whose only line is torn is not opened: it never started, and nothing in it was saved"
  )
  func onlyLineTorn() throws {
    let folder = try ScratchFolder("meeting-torn")
    defer { folder.remove() }
    let journal = try TwentyEntryJournal(in: folder)
    let firstLine = journal.bytes.prefix { $0 != 0x0A }
    let torn = Array(firstLine.prefix(firstLine.count / 2))
    let path = try folder.write("first.jsonl", bytes: torn)
    do {
      _ = try JournalFile(path: path)
      Issue.record("a file with no whole started entry was opened as a journal")
    } catch {
      #expect(error.message.hasPrefix("\(path):1: this file is not a Boardwalk meeting journal"))
      #expect(error.message.hasSuffix("nothing in it was saved: remove it and start again"))
    }
    #expect(try FileBytes.read(path) == torn)
    #expect(try folder.names() == ["first.jsonl", "original.jsonl"])
  }
}
