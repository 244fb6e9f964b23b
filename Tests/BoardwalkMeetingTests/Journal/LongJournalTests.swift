import Testing

@testable import BoardwalkMeeting

/// A journal longer than one batch of lines is decoded on every core, then checked in order:
/// what it reads, and every fault it reports, must be what one pass from the top gives.
@Suite("a long journal reads as a short one does")
struct LongJournalTests {
  /// More lines than one batch, and not a whole number of batches.
  static let count = JournalContents.batch * 3 + 17

  static func lines(_ count: Int) -> [String] {
    JournalSequenceTests.journalLines(sequences: Array(1...count))
  }

  @Test("every entry of a journal of several batches is read, in order")
  func inOrder() throws {
    let text = Self.lines(Self.count).joined()
    let contents = try JournalContents.parse(Array(text.utf8), file: "j.jsonl")
    #expect(contents.entries.map(\.sequence) == Array(1...Self.count))
    #expect(contents.completeLength == text.utf8.count)
    #expect(contents.tornTail == nil)
  }

  @Test("a damaged line in a later batch is named by its line number")
  func damagedLater() {
    var lines = Self.lines(Self.count)
    let damaged = JournalContents.batch * 2 + 5
    lines[damaged - 1] = "{\"seq\": \"not a number\"}\n"
    do {
      _ = try JournalContents.parse(Array(lines.joined().utf8), file: "j.jsonl")
      Issue.record("a damaged line in the middle was accepted")
    } catch {
      #expect(error.message.hasPrefix("j.jsonl:\(damaged): "), "\(error.message)")
      #expect(error.message.contains("the journal is damaged here"))
    }
  }

  @Test("the first fault from the top is the one reported, though later batches are read too")
  func firstFaultWins() {
    var lines = Self.lines(Self.count)
    lines[Self.count - 10] = "garbage\n"
    lines[JournalContents.batch + 1] = "garbage\n"
    do {
      _ = try JournalContents.parse(Array(lines.joined().utf8), file: "j.jsonl")
      Issue.record("damaged lines were accepted")
    } catch {
      #expect(error.message.hasPrefix("j.jsonl:\(JournalContents.batch + 2): "), "\(error.message)")
    }
  }

  @Test("blank lines between batches are skipped and the torn last line is reported")
  func blankAndTorn() throws {
    var lines = Self.lines(Self.count)
    lines.insert("   \n", at: JournalContents.batch)
    lines.insert("\n", at: JournalContents.batch * 2)
    let whole = lines.joined()
    let torn = whole + "{\"seq\":\(Self.count + 1),\"at\""
    let contents = try JournalContents.parse(Array(torn.utf8), file: "j.jsonl")
    #expect(contents.entries.count == Self.count)
    #expect(contents.completeLength == whole.utf8.count)
    #expect(
      contents.tornTail?.hasPrefix("j.jsonl:\(lines.count + 1): the last line is incomplete")
        == true, "\(contents.tornTail ?? "no torn tail")")
  }
}
