import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 10: `apply --journal plan.json` (or `meet --journal` on a file as `json.dump`
/// writes it, one line with no line break) took the file for a torn journal and emptied it.
/// A journal is opened only when it is new, empty, or starts with a whole `started` entry.
@Suite("a file that is not a journal is never opened as one, and never changed")
struct NotAJournalTests {
  static let compactPlan =
    #"{"format": "boardwalk-plan/1", "plan": {"id": "p", "title": "A plan"}, "areas": [], "actions": []}"#

  @Test(
    "refused untouched: a plan on one line with no line break, a pretty plan, minutes, a bit of JSON",
    arguments: [
      compactPlan, compactPlan + "\n",
      "{\n  \"format\": \"boardwalk-plan/1\",\n  \"plan\": {\"id\": \"p\"}\n}\n",
      "# Minutes\n\nNot a journal.", "{", "[]", "null",
      #"{"seq":1,"at":"2026-11-22T10:00:00+00:00","type":"note","plan":"p","action":"a","text":"x"}"#,
    ])
  func refused(_ text: String) throws {
    let folder = try ScratchFolder("meeting-foreign")
    defer { folder.remove() }
    let path = try folder.write("plan.json", text: text)
    do {
      _ = try JournalFile(path: path)
      Issue.record("opened as a journal: \(text)")
    } catch {
      #expect(
        error.message.hasPrefix("\(path):1: this file is not a Boardwalk meeting journal ("),
        "\(error.message)")
      #expect(error.message.contains("it was left as it was"))
    }
    #expect(try FileBytes.read(path) == Array(text.utf8))
    #expect(try folder.names() == ["plan.json"], "no .torn file, no lock file left")
  }

  @Test("a plan is named as one, the likeliest mix-up")
  func planNamed() throws {
    let folder = try ScratchFolder("meeting-foreign")
    defer { folder.remove() }
    let path = try folder.write("plan.json", text: Self.compactPlan)
    #expect {
      try JournalFile(path: path)
    } throws: { error in
      (error as? JournalError)?.message.hasPrefix(
        "\(path):1: this file is not a Boardwalk meeting journal (it looks like a plan file)")
        == true
    }
  }

  @Test("a blank file opens as a new journal", arguments: ["", "\n", "  \n\n", "\t"])
  func blank(_ text: String) throws {
    let folder = try ScratchFolder("meeting-foreign")
    defer { folder.remove() }
    let journal = try JournalFile(path: try folder.write("meeting.jsonl", text: text))
    #expect(journal.entries.isEmpty)
    #expect(journal.tornTail == nil)
  }
}
