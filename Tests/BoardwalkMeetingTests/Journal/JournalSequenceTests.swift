import BoardwalkMeeting
import Testing

@Suite("journal sequence numbers count from 1 and follow on")
struct JournalSequenceTests {
  static let ref = ActionRef(plan: "harbour", action: "H1.1")
  static let start = MeetingEvent.started(MeetingStart(plans: [], agenda: "", today: "2026-11-22"))

  /// A journal's text whose entries carry these sequence numbers.
  static func journal(sequences: [Int]) -> [UInt8] {
    Array(journalLines(sequences: sequences).joined().utf8)
  }

  /// The journal's lines, each with its line feed.
  static func journalLines(sequences: [Int]) -> [String] {
    sequences.enumerated().map { offset, sequence in
      JournalEntry(
        sequence: sequence, time: JournalLines.time,
        event: offset == 0 ? start : .note(ref, text: "note \(offset)")
      ).line + "\n"
    }
  }

  @Test("entries numbered 1, 2, 3, 4 are read in order")
  func inOrder() throws {
    let contents = try JournalContents.parse(
      Self.journal(sequences: [1, 2, 3, 4]), file: "j.jsonl")
    #expect(contents.entries.map(\.sequence) == [1, 2, 3, 4])
    #expect(contents.tornTail == nil)
    #expect(contents.completeLength == Self.journal(sequences: [1, 2, 3, 4]).count)
  }

  @Test("a gap in the numbers is an error naming the line and both numbers")
  func gap() {
    do {
      _ = try JournalContents.parse(Self.journal(sequences: [1, 2, 4, 5]), file: "j.jsonl")
      Issue.record("a gap in the sequence numbers was accepted")
    } catch {
      #expect(error.message.hasPrefix("j.jsonl:3: entry 4 follows entry 2"))
    }
  }

  @Test("a repeated number is an error naming the line")
  func repeated() {
    do {
      _ = try JournalContents.parse(Self.journal(sequences: [1, 2, 2, 3]), file: "j.jsonl")
      Issue.record("a repeated sequence number was accepted")
    } catch {
      #expect(error.message.hasPrefix("j.jsonl:3: entry 2 follows entry 2"))
    }
  }

  @Test("a journal whose first entry is not number 1 is an error on line 1")
  func firstIsNotOne() {
    do {
      _ = try JournalContents.parse(Self.journal(sequences: [2, 3, 4]), file: "j.jsonl")
      Issue.record("a journal starting at 2 was accepted")
    } catch {
      #expect(
        error.message.hasPrefix(
          "j.jsonl:1: this file is not a Boardwalk meeting journal (entry 2 follows entry 0)"),
        "\(error.message)")
    }
  }

  @Test("a last line that does not follow on is reported and skipped, not taken")
  func lastLineOutOfOrder() throws {
    let bytes = Self.journal(sequences: [1, 2, 3, 9])
    let contents = try JournalContents.parse(bytes, file: "j.jsonl")
    #expect(contents.entries.map(\.sequence) == [1, 2, 3])
    let tail = try #require(contents.tornTail)
    #expect(tail.hasPrefix("j.jsonl:4: "))
    #expect(contents.completeLength == Self.journal(sequences: [1, 2, 3]).count)
  }
}
