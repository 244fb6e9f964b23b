import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 14: `boardwalk record` writes a meeting's entries without the screen, under the
/// screen's rules, so a meeting can be scripted; its minutes read as the screen's would.
@Suite("boardwalk record")
struct RecordCommandTests {
  static let plan = PackagePaths.sampleData + "/demo-northbrook-fictional.json"

  struct Scene {
    let folder: ScratchFolder
    var journal: String { folder.file("meeting.jsonl") }

    init() throws {
      folder = try ScratchFolder("cli-record")
      try FileManager.default.copyItem(
        atPath: RecordCommandTests.plan, toPath: folder.file("plan.json"))
    }

    func record(_ arguments: [String]) throws -> CommandResult {
      try CommandRunner.run(["record", "--journal", journal] + arguments)
    }
  }

  @Test("a meeting scripted from start to minutes: details, a note, a status change, a closure")
  func scripted() throws {
    let scene = try Scene()
    defer { scene.folder.remove() }
    for arguments in [
      ["start", scene.folder.file("plan.json"), "--today", "2026-11-22"],
      ["details", "--chair", "Cllr Amina Patel", "--present", "Cllr Amina Patel; Dr Tom Okafor"],
      ["note", "--action", "APA1.1", "--text", "Backlog at 88"],
      ["status", "--action", "APA1.1", "--to", "amber", "--reason", "Locums in post"],
      ["propose-closure", "--action", "APA2.3", "--text", "Panel is business as usual"],
      ["confirm-closure", "--action", "APA2.3"],
    ] {
      let result = try scene.record(arguments)
      #expect(result.status == 0, "\(result)")
    }
    let minutes = try CommandRunner.run(["minutes", "--journal", scene.journal])
    #expect(minutes.status == 0, "\(minutes)")
    #expect(minutes.output.contains("**Chair:** Cllr Amina Patel"))
    #expect(minutes.output.contains("Backlog at 88"))
    #expect(minutes.output.contains("Locums in post"))
  }

  @Test(
    "the screen's rules refuse what the screen refuses, naming why, and write nothing",
    arguments: [
      (
        ["status", "--action", "APA1.1", "--to", "complete", "--reason", "done"],
        "closing is the board's"
      ),
      (
        ["status", "--action", "APA1.1", "--to", "purple", "--reason", "r"], "is not a level of the"
      ),
      (["confirm-closure", "--action", "APA1.2"], "closure must be proposed first"),
      (["note", "--action", "ZZ9", "--text", "x"], "ZZ9 is not an action of the meeting's plans"),
      (["due", "--action", "APA1.1", "--to", "2027-13", "--reason", "r"], "no month 13"),
      (
        ["due", "--action", "APA1.1", "--to", "2026-09-30", "--reason", "r"],
        "is 2026-09-30 already"
      ),
      (
        ["due", "--action", "APA1.1", "--to", "2027-06", "--reason", " "], "give a one-line reason"
      ),
    ])
  func refused(_ arguments: [String], _ why: String) throws {
    let scene = try Scene()
    defer { scene.folder.remove() }
    _ = try scene.record(["start", scene.folder.file("plan.json"), "--today", "2026-11-22"])
    let before = try Data(contentsOf: URL(fileURLWithPath: scene.journal))
    let result = try scene.record(arguments)
    #expect(result.status == 1, "\(result)")
    #expect(result.errorOutput.contains(why), "\(result.errorOutput)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: scene.journal)) == before)
  }

  @Test("due moves a due date: the minutes say from what to what and why, and apply writes it")
  func dueMoved() throws {
    let scene = try Scene()
    defer { scene.folder.remove() }
    for arguments in [
      ["start", scene.folder.file("plan.json"), "--today", "2026-11-22"],
      ["due", "--action", "APA1.1", "--to", "2027-06", "--reason", "Contractor late"],
    ] {
      let result = try scene.record(arguments)
      #expect(result.status == 0, "\(result)")
    }
    let minutes = try CommandRunner.run(["minutes", "--journal", scene.journal])
    #expect(
      minutes.output.contains(
        "**Due date moved:** 30 Sep 2026 → Jun 2027. Reason: Contractor late"),
      "\(minutes.output)")
    let apply = try CommandRunner.run(["apply", "--journal", scene.journal])
    #expect(apply.status == 0, "\(apply)")
    let listed = try CommandRunner.run([
      "list", scene.folder.file("plan.json"), "--filter", "due:2027-06", "--format", "csv",
    ])
    #expect(listed.output.contains("APA1.1"), "\(listed)")
  }

  @Test("without a started meeting, record says how to start one; start on a meeting refuses")
  func notStarted() throws {
    let scene = try Scene()
    defer { scene.folder.remove() }
    let early = try scene.record(["note", "--action", "APA1.1", "--text", "x"])
    #expect(early.status == 1)
    #expect(early.errorOutput.contains("no meeting has started in it"), "\(early)")
    #expect(!FileManager.default.fileExists(atPath: scene.journal), "no empty journal left behind")
    _ = try scene.record(["start", scene.folder.file("plan.json"), "--today", "2026-11-22"])
    let again = try scene.record(["start", scene.folder.file("plan.json")])
    #expect(again.status == 1)
    #expect(again.errorOutput.contains("holds a meeting already"))
  }
}
