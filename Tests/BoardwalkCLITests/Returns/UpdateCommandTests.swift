import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

@Suite("boardwalk update: one entry of a lead's return")
struct UpdateCommandTests {
  @Test("the first entry starts the return, each entry after it is appended, and both say where")
  func writes() throws {
    let scene = try ReturnsScene()
    defer { scene.folder.remove() }
    let first = try scene.update(
      "head of send", ["--action", "APA1.1", "--propose-status", "Green", "--reason", "Funded"])
    #expect(first.status == 0, "\(first)")
    #expect(first.output == "saved to returns/2026-11/head-of-send.jsonl\n")
    let second = try scene.update("Head of SEND", ["--action", "APA1.2", "--milestone", "2"])
    #expect(second.status == 0, "\(second)")
    let bytes = try #require(FileManager.default.contents(atPath: scene.file("head-of-send")))
    let contents = try JournalContents.parse(Array(bytes), file: "r", kind: .return)
    let record = ReturnRecord(entries: contents.entries)
    #expect(record.start?.lead == "Head of SEND", "the name as the plan writes it")
    #expect(record.start?.cycle == "2026-11")
    #expect(record.start?.plans.map(\.plan) == ["demo-northbrook"])
    #expect(record.start?.plans.first?.sha256.count == 64)
    let one = ActionRef(plan: "demo-northbrook", action: "APA1.1")
    #expect(record.item(one).proposedStatus?.value.value == "green", "the scale's own key")
    let two = ActionRef(plan: "demo-northbrook", action: "APA1.2")
    #expect(record.item(two).milestones.map(\.value) == [.number(2)])
    #expect(!FileManager.default.fileExists(atPath: scene.file("head-of-send") + ".lock"))
  }

  @Test("BOARDWALK_OWNER gives the lead")
  func ownerFromEnvironment() throws {
    let scene = try ReturnsScene()
    defer { scene.folder.remove() }
    let result = try CommandRunner.run(
      [
        "update", ReturnsScene.plan, "--today", ReturnsScene.today, "--action", "APA1.6",
        "--evidence", "https://example.org/guide.pdf",
      ], in: scene.url, environment: ["BOARDWALK_OWNER": "Head of Inclusion"])
    #expect(result.status == 0, "\(result)")
    #expect(FileManager.default.fileExists(atPath: scene.file("head-of-inclusion")))
    let none = try CommandRunner.run(
      ["update", ReturnsScene.plan, "--action", "APA1.6", "--note", "x"], in: scene.url,
      environment: ["BOARDWALK_OWNER": ""])
    #expect(none.status == 64)
    #expect(none.errorOutput.contains("give the lead: --owner NAME, or set BOARDWALK_OWNER"))
  }

  /// Each refusal: its status, its message, and the return exactly as it was.
  @Test(
    "refusals leave the return as it was",
    arguments: [
      (
        ["--action", "APA1.4", "--note", "x"],
        "boardwalk: demo-northbrook APA1.4 is not an action of \"Head of SEND\": its owners are Designated Clinical Officer; ICB Associate Director; nothing was written"
      ),
      (
        ["--action", "APA1.1", "--propose-status", "purple", "--reason", "x"],
        "boardwalk: \"purple\" is not a level of demo-northbrook's scale (rag): give one of red, amber, green, complete; nothing was written"
      ),
      (
        ["--action", "APA1.1", "--propose-due", "31/12/26", "--reason", "x"],
        "boardwalk: --propose-due: \"31/12/26\" is not a date"
      ),
      (
        ["--action", "ZZ9", "--note", "x"],
        "boardwalk: no action \"ZZ9\" in these plans (boardwalk list shows the actions); nothing was written"
      ),
      (
        ["--action", "APA1.1", "--milestone", "9"],
        "boardwalk: demo-northbrook APA1.1 has 3 milestones: give 1 to 3; nothing was written"
      ),
      (
        ["--action", "APA1.1", "--propose-status", "green"],
        "boardwalk: a proposal needs a reason: add --reason TEXT"
      ),
      (
        ["--action", "APA1.1", "--note", " "],
        "boardwalk: --note is empty: write what is to be saved"
      ),
      (
        ["--action", "APA1.1", "--note", "a", "--evidence", "b"],
        "boardwalk: give one of --note, --propose-status, --propose-due, --evidence or --milestone"
      ),
    ])
  func refusals(_ arguments: [String], _ message: String) throws {
    let scene = try ReturnsScene()
    defer { scene.folder.remove() }
    let first = try scene.update("Head of SEND", ["--action", "APA1.1", "--note", "Started"])
    #expect(first.status == 0, "\(first)")
    let before = try scene.folder.contents()
    let result = try scene.update("Head of SEND", arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.errorLines.first?.hasPrefix(message) == true, "\(result.errorOutput)")
    #expect(result.output.isEmpty)
    #expect(try scene.folder.contents() == before, "nothing changed")
  }

  @Test("a refusal before any return was written makes no file")
  func refusalMakesNoFile() throws {
    let scene = try ReturnsScene()
    defer { scene.folder.remove() }
    let result = try scene.update("Head of SEND", ["--action", "APA1.4", "--note", "x"])
    #expect(result.status == 64)
    #expect(try scene.folder.names().isEmpty)
  }

  @Test("a second update while another holds the return is refused by the lock")
  func locked() throws {
    let scene = try ReturnsScene()
    defer { scene.folder.remove() }
    let first = try scene.update("Head of SEND", ["--action", "APA1.1", "--note", "Started"])
    #expect(first.status == 0, "\(first)")
    let path = scene.file("head-of-send")
    let before = try #require(FileManager.default.contents(atPath: path))
    // Another writer of the same return, as a first `update` still writing holds it.
    let holder = try JournalFile(path: path, kind: .return)
    let second = try scene.update("Head of SEND", ["--action", "APA1.2", "--note", "Second"])
    #expect(second.status == 1, "\(second)")
    #expect(
      second.errorOutput.hasPrefix(
        "boardwalk: returns/2026-11/head-of-send.jsonl: this return is being written on "),
      "\(second.errorOutput)")
    #expect(second.errorOutput.contains("nothing was written"))
    holder.close()
    #expect(FileManager.default.contents(atPath: path) == before)
    let third = try scene.update("Head of SEND", ["--action", "APA1.2", "--note", "Second"])
    #expect(third.status == 0, "once it is free, \(third)")
  }

  @Test("a meeting journal where the return goes is refused and left as it was")
  func meetingJournalInTheWay() throws {
    let scene = try ReturnsScene()
    defer { scene.folder.remove() }
    _ = try scene.folder.folder("returns/2026-11")
    let path = scene.file("head-of-send")
    let line =
      JournalEntry(
        sequence: 1, time: "2026-11-22T10:00:00Z",
        event: .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22"))
      ).line + "\n"
    _ = try scene.folder.write("returns/2026-11/head-of-send.jsonl", text: line)
    let result = try scene.update("Head of SEND", ["--action", "APA1.1", "--note", "x"])
    #expect(result.status == 1)
    #expect(
      result.errorOutput.contains(
        "this file is not a Boardwalk return file (it is a meeting journal); it was left as it was"),
      "\(result.errorOutput)")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == line)
  }

  @Test("without --action, the lead's open actions with the latest entry of their return")
  func toDoList() throws {
    let scene = try ReturnsScene()
    defer { scene.folder.remove() }
    _ = try scene.update("Head of SEND", ["--action", "APA1.1", "--note", "Backlog at 40"])
    let result = try scene.update("head of send", [])
    #expect(result.status == 0, "\(result)")
    let lines = result.outputLines
    #expect(
      lines.first
        == "Head of SEND: 7 open actions; return for 2026-11 in returns/2026-11/head-of-send.jsonl, 1 updated"
    )
    #expect(lines.contains { $0.hasPrefix("  demo-northbrook APA1.1 [Red, due 2026-09-30] Clear") })
    #expect(lines.contains { $0.hasPrefix("    ") && $0.hasSuffix(" progress: Backlog at 40") })
    #expect(lines.filter { $0 == "    no update yet" }.count == 6)
    #expect(!lines.contains { $0.contains("APA1.5") }, "done actions are not listed")
  }

  @Test("--list gives the to-do list even where the screen would open, and refuses --action")
  func listFlag() throws {
    let scene = try ReturnsScene()
    defer { scene.folder.remove() }
    let listed = try scene.update("Head of SEND", ["--list"])
    #expect(listed.status == 0, "\(listed)")
    #expect(
      listed.outputLines.first?.hasPrefix(
        "Head of SEND: 7 open actions; return for 2026-11 not started") == true)
    let both = try scene.update("Head of SEND", ["--list", "--action", "APA1.1", "--note", "x"])
    #expect(both.status == 64)
    #expect(both.errorOutput.contains("--list lists every action: leave out --action"), "\(both)")
    #expect(!FileManager.default.fileExists(atPath: scene.file("head-of-send")))
  }
}
