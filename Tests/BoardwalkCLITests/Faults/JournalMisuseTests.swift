import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 10: a journal is only ever written when it is new, empty, or a meeting's journal,
/// by one writer at a time, over the plans the meeting started with; anything else is
/// refused with the file left exactly as it was.
@Suite("journals given by mistake, held elsewhere, or over other plans")
struct JournalMisuseTests {
  /// A plan as `json.dump` or `JSON.stringify` writes it: one line, no line break at the end.
  static let compactPlan =
    #"{"format": "boardwalk-plan/1", "plan": {"id": "p", "title": "A plan"}, "areas": [{"id": "A", "kind": "priority", "title": "A"}], "actions": []}"#

  @Test(
    "apply and meet given a plan as --journal refuse it and leave it byte for byte",
    arguments: ["apply", "meet"])
  func planAsJournal(_ command: String) throws {
    let folder = try ScratchFolder("cli-misuse")
    defer { folder.remove() }
    let plan = try folder.write("plan.json", text: Self.compactPlan)
    let result = try CommandRunner.run(
      [command, "--journal", plan] + (command == "meet" ? [plan] : []),
      in: URL(fileURLWithPath: folder.path))
    #expect(result.status == 1, "\(result)")
    #expect(
      result.errorOutput.contains("\(plan):1: this file is not a Boardwalk meeting journal"),
      "\(result)")
    #expect(!result.errorOutput.contains("the meeting is saved"))
    #expect(try folder.bytes("plan.json") == Array(Self.compactPlan.utf8))
    #expect(try folder.names() == ["plan.json"])
  }

  @Test("meet with a journal in a folder that does not exist says so, exits 1, and saves nothing")
  func journalInMissingFolder() throws {
    let folder = try ScratchFolder("cli-misuse")
    defer { folder.remove() }
    let journal = folder.file("nonexistent/folder/j.jsonl")
    let result = try CommandRunner.run(["meet", Fixtures.alpha, "--journal", journal])
    #expect(result.status == 1, "\(result)")
    #expect(result.errorOutput.contains("does not exist"), "\(result)")
    #expect(!result.errorOutput.contains("the meeting is saved"), "\(result)")
    #expect(try folder.names().isEmpty)
  }

  @Test("apply while another process holds the journal is refused; nothing changes")
  func applyWhileHeld() async throws {
    let folder = try ScratchFolder("cli-misuse")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let holder = try LockHolder(locking: meeting.journal)
    defer { holder.release() }
    let before = try folder.contents()
    let result = try meeting.run(["apply"])
    #expect(result.status == 1, "\(result)")
    #expect(
      result.errorOutput.contains("this meeting is open by another process on this machine"),
      "\(result)")
    #expect(try folder.contents() == before)
  }

  @Test("a meeting resumed over other plans is refused, naming them; the journal is untouched")
  func resumedOverOtherPlans() throws {
    let folder = try ScratchFolder("cli-misuse")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let before = try folder.contents()
    // Started over alpha and beta; resumed over alpha only.
    let result = try CommandRunner.run(
      ["meet", meeting.alpha, "--journal", meeting.journal], in: URL(fileURLWithPath: folder.path))
    #expect(result.status == 1, "\(result)")
    #expect(
      result.errorOutput.contains("this meeting started with other plans (not loaded now: beta"),
      "\(result)")
    #expect(result.errorOutput.contains("giving no plan files"), "\(result)")
    #expect(try folder.contents() == before)
  }
}
