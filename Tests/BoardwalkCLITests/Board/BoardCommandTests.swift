import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 14, the board's folder: `init` writes a board file, `meetings` lists the meetings
/// kept in its folder, and `pack` finds the last meeting and the next one from it.
@Suite("a board's folder on the command line")
struct BoardCommandTests {
  @Test(
    "init writes board.jsonc and a meetings folder, and never replaces a board file unless --force")
  func initialise() throws {
    let folder = try ScratchFolder("cli-board")
    defer { folder.remove() }
    let board = folder.file("board")
    let first = try CommandRunner.run(["init", board])
    #expect(first.status == 0, "\(first)")
    #expect(FileManager.default.fileExists(atPath: board + "/board.jsonc"))
    #expect(FileManager.default.fileExists(atPath: board + "/meetings"))
    try Data("// mine\n".utf8).write(to: URL(fileURLWithPath: board + "/board.jsonc"))
    let again = try CommandRunner.run(["init", board])
    #expect(again.status == 1)
    #expect(
      again.errorOutput.contains("already exists and was left as it was (--force replaces it)"))
    #expect(try String(contentsOfFile: board + "/board.jsonc", encoding: .utf8) == "// mine\n")
    let forced = try CommandRunner.run(["init", board, "--force"])
    #expect(forced.status == 0)
    #expect(
      try String(contentsOfFile: board + "/board.jsonc", encoding: .utf8).contains(
        "boardwalk-board/1"))
  }

  @Test("meetings lists each journal in the board's folder with its day, status and counts")
  func meetings() throws {
    let folder = try ScratchFolder("cli-board")
    defer { folder.remove() }
    _ = try CommandRunner.run(["init", folder.path])
    let meeting = try FaultMeeting(in: folder, journalFolder: "meetings")
    #expect(meeting.journal.hasSuffix("/meetings/meeting.jsonl"))
    let result = try CommandRunner.run(["meetings"], in: URL(fileURLWithPath: folder.path))
    #expect(result.status == 0, "\(result)")
    let row = try #require(result.outputLines.first { $0.hasPrefix("2026-11-22") })
    #expect(row.contains("draft minutes"))
    #expect(row.contains("meetings/meeting.jsonl"))
  }

  @Test(
    "meetings without a board file says how to make one; a broken board file is named with its field"
  )
  func noBoard() throws {
    let folder = try ScratchFolder("cli-board")
    defer { folder.remove() }
    let none = try CommandRunner.run(["meetings"], in: URL(fileURLWithPath: folder.path))
    #expect(none.status == 1)
    #expect(none.errorOutput.contains("`boardwalk init` writes one"))
    try Data(#"{ "format": "boardwalk-board/1", "name": "B", "quorum": "three" }"#.utf8).write(
      to: URL(fileURLWithPath: folder.file("board.jsonc")))
    let broken = try CommandRunner.run(["meetings"], in: URL(fileURLWithPath: folder.path))
    #expect(broken.status == 1)
    #expect(broken.errorOutput.contains("board.jsonc: quorum: write how many voting members"))
  }

  @Test("due in a board's folder lists what falls due before the next meeting in its schedule")
  func dueBeforeNextMeeting() throws {
    let folder = try ScratchFolder("cli-board")
    defer { folder.remove() }
    _ = try CommandRunner.run(["init", folder.path])
    let plan = PackagePaths.sampleData + "/demo-northbrook-fictional.json"
    let result = try CommandRunner.run(
      ["due", plan, "--today", "2026-11-22"], in: URL(fileURLWithPath: folder.path))
    #expect(result.status == 0, "\(result)")
    #expect(result.output.hasPrefix("Actions overdue or due before 24 Jan 2027, as of 22 Nov 2026"))
    let within = try CommandRunner.run(
      ["due", plan, "--today", "2026-11-22", "--within", "7d"],
      in: URL(fileURLWithPath: folder.path))
    #expect(within.output.hasPrefix("Actions overdue or due by 29 Nov 2026"), "\(within)")
  }

  @Test("summary --history N: a column for each of the last meetings, today last; N from 2 to 12")
  func history() throws {
    let folder = try ScratchFolder("cli-board")
    defer { folder.remove() }
    _ = try CommandRunner.run(["init", folder.path])
    let plan = PackagePaths.sampleData + "/demo-northbrook-fictional.json"
    let result = try CommandRunner.run(
      ["summary", plan, "--today", "2026-12-01", "--history", "3"],
      in: URL(fileURLWithPath: folder.path))
    #expect(result.status == 0, "\(result)")
    // The schedule's 22 Nov 2026, six weeks before it, and today.
    let header = result.outputLines.first?.split(separator: " ").map(String.init)
    #expect(header == ["AREA", "2026-10-11", "2026-11-22", "2026-12-01"], "\(result)")
    #expect(result.outputLines.contains { $0.hasPrefix("demo-northbrook ") })
    let wrong = try CommandRunner.run(["summary", plan, "--history", "1"])
    #expect(wrong.status == 64)
    #expect(wrong.errorOutput.contains("--history: give how many meetings to show, from 2 to 12"))
  }

  @Test(
    "pack in a board's folder: titled with the board, since its last meeting, for the next in its schedule"
  )
  func pack() throws {
    let folder = try ScratchFolder("cli-board")
    defer { folder.remove() }
    _ = try CommandRunner.run(["init", folder.path])
    let meeting = try FaultMeeting(in: folder, journalFolder: "meetings")
    let result = try CommandRunner.run(
      ["pack", meeting.alpha, meeting.beta, "--today", "2026-12-01", "--full"],
      in: URL(fileURLWithPath: folder.path))
    #expect(result.status == 0, "\(result)")
    #expect(result.output.hasPrefix("# Northbrook SEND Improvement Board: board pack"))
    #expect(result.output.contains("**For the meeting of:** 24 Jan 2027"))
    #expect(result.output.contains("**Since the last meeting:** Alpha and Beta board, 22 Nov 2026"))
    #expect(result.output.contains("\(FaultMeeting.marker) decision to refer"))
  }
}
