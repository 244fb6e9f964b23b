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
        ["confidential", "--action", "APA1.7", "--yes", "--paragraph", "9"],
        "Schedule 12A has paragraphs 1 to 7"
      ),
      (
        ["confidential", "--action", "APA1.7", "--no", "--paragraph", "3"],
        "goes with marking an item confidential"
      ),
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

  @Test(
    "the board's own entries: attendance, a declaration, a board action carried forward at the next meeting, minutes agreed with a correction"
  )
  func boardEntries() throws {
    let scene = try Scene()
    defer { scene.folder.remove() }
    let plan = scene.folder.file("plan.json")
    let first = scene.folder.file("2026-09-20.jsonl")
    let second = scene.folder.file("2026-11-22.jsonl")
    func record(_ journal: String, _ arguments: [String]) throws -> CommandResult {
      try CommandRunner.run(["record", "--journal", journal] + arguments)
    }
    for (journal, arguments) in [
      (first, ["start", plan, "--today", "2026-09-20"]),
      (first, ["attendance", "--name", "Cllr Amina Patel", "--as", "present"]),
      (
        first,
        ["attendance", "--name", "Dr Ruth Ellis", "--as", "substitute", "--for", "Dr Tom Okafor"]
      ),
      (
        first,
        [
          "declaration", "--name", "Cllr Amina Patel", "--interest", "Governor", "--action",
          "APA1.7", "--left-room",
        ]
      ),
      (
        first,
        [
          "board-action", "--text", "Report on recruitment", "--owner", "Head of SEND", "--due",
          "2026-11", "--action", "APA1.1",
        ]
      ),
      (second, ["start", plan, "--today", "2026-11-22"]),
      (
        second,
        [
          "review-action", "--id", "2026-09-20/1", "--outcome", "carried", "--due", "2027-01",
          "--text", "Round extended",
        ]
      ),
      (
        second,
        ["approve-minutes", "--meeting", "2026-09-20", "--correction", "MIN/2026/2: She left."]
      ),
      (
        second,
        [
          "aob", "--title", "Monitoring visit", "--text", "DfE visit in March", "--decision",
          "Chair to meet",
        ]
      ),
      (
        second,
        [
          "board-action", "--text", "Brief members before the visit", "--owner", "Chair",
          "--due", "2027-02", "--business", "aob1",
        ]
      ),
    ] {
      let result = try record(journal, arguments)
      #expect(result.status == 0, "\(arguments): \(result)")
    }
    let written = try String(contentsOfFile: second, encoding: .utf8)
    #expect(
      written.contains(
        #""type":"board-action-review","id":"2026-09-20/1","outcome":"carried","due":"2027-01""#))
    #expect(
      written.contains(
        #""type":"aob","id":"AOB1","title":"Monitoring visit","text":"DfE visit in March","decision":"Chair to meet""#
      ))
    #expect(
      written.contains(
        #""type":"board-action","id":"2026-11-22/1","business":"AOB1","text":"Brief members before the visit""#
      ))
    for (journal, arguments, why) in [
      (first, ["attendance", "--name", "X", "--as", "substitute"], "name them (--for)"),
      (first, ["attendance", "--name", "X", "--as", "late"], "is not one of present, apologies"),
      (first, ["board-action", "--text", "T", "--owner", "O", "--due", "soon"], "due:"),
      (
        second, ["review-action", "--id", "2026-09-20/7", "--outcome", "done", "--text", "x"],
        "not on the board's action log"
      ),
      (
        second, ["review-action", "--id", "2026-09-20/1", "--outcome", "carried", "--text", "x"],
        "needs its new date"
      ),
      (second, ["approve-minutes", "--meeting", "2026-10-01"], "no meeting of 2026-10-01"),
      (
        second,
        ["board-action", "--text", "T", "--owner", "O", "--due", "2027-01", "--business", "AOB4"],
        "AOB4 is not an item of other business at this meeting (there are AOB1)"
      ),
      (
        first,
        ["board-action", "--text", "T", "--owner", "O", "--due", "2027-01", "--business", "AOB1"],
        "no other business has been recorded at this meeting"
      ),
    ] {
      let before = try String(contentsOfFile: journal, encoding: .utf8)
      let result = try record(journal, arguments)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.errorOutput.contains(why), "\(arguments): \(result.errorOutput)")
      #expect(try String(contentsOfFile: journal, encoding: .utf8) == before)
    }
  }
}
