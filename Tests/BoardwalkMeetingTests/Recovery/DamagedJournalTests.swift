import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

@Suite("a journal damaged anywhere but its last line stops, naming the line")
struct DamagedJournalTests {
  /// The twenty-entry journal with line `number` (from 1) replaced by `replacement`.
  static func replacing(line number: Int, with replacement: String, in journal: TwentyEntryJournal)
    -> [UInt8]
  {
    var lines = journal.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(
      Array.init)
    lines[number - 1] = Array(replacement.utf8)
    return Array(lines.joined(separator: [0x0A]))
  }

  @Test(
    "a damaged line in the middle is an error naming its line number; nothing is written",
    arguments: [
      (5, #"{"seq":5,"at":"2026-11-22T10:00:00+00:00","type":"note""#),
      (2, "garbage"),
      (19, #"{"seq":19,"at":"2026-11-22T10:00:00+00:00","type":"note","plan":"harbour"}"#),
      (10, #"{"seq":11,"at":"2026-11-22T10:00:00+00:00","type":"moved","plan":"p","action":"a"}"#),
    ])
  func damagedMiddle(line: Int, replacement: String) throws {
    let folder = try ScratchFolder("meeting-damaged")
    defer { folder.remove() }
    let journal = try TwentyEntryJournal(in: folder)
    let damaged = Self.replacing(line: line, with: replacement, in: journal)
    let path = try folder.write("damaged.jsonl", bytes: damaged)
    do {
      _ = try JournalFile(path: path)
      Issue.record("a journal damaged on line \(line) was opened")
    } catch {
      #expect(error.message.hasPrefix("\(path):\(line): "), "\(error.message)")
      #expect(error.message.contains("the journal is damaged here"))
    }
    #expect(try FileBytes.read(path) == damaged)
    #expect(!FileManager.default.fileExists(atPath: path + ".torn"))
  }

  @Test("an empty file opens as a journal with no entries, and the first entry is number 1")
  func emptyFile() throws {
    let folder = try ScratchFolder("meeting-damaged")
    defer { folder.remove() }
    let path = try folder.write("empty.jsonl", bytes: [])
    let journal = try JournalFile(path: path)
    #expect(journal.entries.isEmpty)
    #expect(journal.tornTail == nil)
    #expect(journal.nextSequence == 1)
    let first = try journal.append(
      .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")))
    #expect(first.sequence == 1)
    #expect(try FileBytes.read(path) == Array((first.line + "\n").utf8))
  }

  @Test("a file that does not start with a started entry is not taken for a journal")
  func notStarted() throws {
    let folder = try ScratchFolder("meeting-damaged")
    defer { folder.remove() }
    let text = JournalLines.text([
      .note(ActionRef(plan: "harbour", action: "H1.1"), text: "first"),
      .note(ActionRef(plan: "harbour", action: "H1.1"), text: "second"),
    ])
    let path = try folder.write("notes.jsonl", text: text)
    do {
      _ = try JournalFile(path: path)
      Issue.record("a journal without a started entry was opened")
    } catch {
      #expect(
        error.message.hasPrefix(
          "\(path):1: this file is not a Boardwalk meeting journal (a journal starts with a \"started\" entry); it was left as it was"
        ), "\(error.message)")
    }
    #expect(try FileBytes.read(path) == Array(text.utf8))
  }

  @Test("a file of other text is refused, not opened and appended to")
  func otherText() throws {
    let folder = try ScratchFolder("meeting-damaged")
    defer { folder.remove() }
    let text = "# Minutes\n\nThese are not a journal.\n"
    let path = try folder.write("minutes.md", text: text)
    #expect(throws: JournalError.self) { try JournalFile(path: path) }
    #expect(try FileBytes.read(path) == Array(text.utf8))
  }
}
