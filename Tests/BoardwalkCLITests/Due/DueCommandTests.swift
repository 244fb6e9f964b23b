import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 15, reminders: `boardwalk due` lists per owner the open actions that are overdue
/// or due in a window, on SampleData judged on 2026-11-22.
@Suite("due: each owner's overdue actions and those due soon")
struct DueCommandTests {
  static let sample = PackagePaths.sampleData

  static func due(_ arguments: String...) throws -> CommandResult {
    try CommandRunner.run(["due", sample, "--today", "2026-11-22"] + arguments)
  }

  /// The lines under the heading that starts `heading`, up to the blank line after them.
  static func group(_ heading: String, in result: CommandResult) -> [String]? {
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix(heading) }) else { return nil }
    return lines[start...].prefix { !$0.isEmpty }.map(String.init)
  }

  @Test("text: a title, a heading per owner with their counts, a line per action, earliest first")
  func text() throws {
    let result = try Self.due()
    #expect(result.status == 0, "\(result)")
    #expect(result.outputLines.first == "Actions overdue or due by 22 Dec 2026, as of 22 Nov 2026")
    let head = try #require(Self.group("Head of SEND:", in: result))
    #expect(head.first == "Head of SEND: 3 overdue, 2 due by 22 Dec 2026")
    let ids = head.dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true)[1] }
    #expect(ids == ["AfI2.1", "APA1.1", "APA2.4", "APA1.3", "APA1.7"])
    #expect(head.dropFirst().allSatisfy { $0.hasPrefix("  demo-northbrook*  ") })
    let backlog = try #require(head.first { $0.contains("APA1.1") })
    #expect(backlog.contains("  30 Sep 2026 (End of September 2026)  "))
    #expect(backlog.contains("  OVERDUE by 53 days  "))
    #expect(
      backlog.hasSuffix(
        "  Clear the backlog of EHC needs assessments that have been open for more than 20 weeks, prioritising the 112 children who have waited longest, by adding fixed-term casework and educational psychology capacity"
      ))
    let soon = try #require(head.first { $0.contains("APA1.3") })
    #expect(
      soon.contains("  17 Dec 2026 (December board)  ") && soon.contains("  due in 25 days  "))
    let secret = try #require(head.last)
    #expect(secret.contains("  due in 26 days  ") && secret.contains("  [C] Respond to the formal"))
  }

  @Test("the list ends with the totals, the open actions with no date, and what the marks mean")
  func closing() throws {
    let result = try Self.due()
    #expect(
      Array(result.outputLines.suffix(4)) == [
        "In all, 107 overdue, 5 due by 22 Dec 2026 (112 actions, 53 owners).",
        "78 open actions have no due date (5 ongoing, 6 to be confirmed, 67 with none), so they are not listed here.",
        "1 of the 112 actions is confidential, marked [C]: not for publication (--public withholds its text).",
        "13 of the 112 actions come from a fictional plan (demo-northbrook), marked *: invented data, not a real area's.",
      ])
    let ownerless = try #require(Self.group("(no owner):", in: result))
    #expect(ownerless.first == "(no owner): 11 overdue")
    #expect(ownerless.last?.contains("AfI1.5") == true)
  }

  @Test("an action with several owners is under each of them")
  func severalOwners() throws {
    let result = try Self.due()
    for owner in ["Head of SEND:", "Designated Clinical Officer:", "Parent Carer Forum Chair:"] {
      let lines = try #require(Self.group(owner, in: result), "\(owner)")
      #expect(lines.contains { $0.contains(" APA1.3 ") }, "\(owner)")
    }
  }

  @Test("done actions are never listed: not when overdue, not when due in the window")
  func doneLeftOut() throws {
    let result = try Self.due("--within", "90d", "--filter", "plan:demo-northbrook")
    #expect(result.status == 0)
    // AfI2.5 (complete, due 16 Oct 2026) and APA2.3 (complete, due 29 Jan 2027).
    #expect(!result.output.contains(" AfI2.5 ") && !result.output.contains(" APA2.3 "))
    #expect(result.output.contains(" AfI3.2 "))
  }

  @Test("--owner matches exactly, ignoring case: one heading, not the longer names holding it")
  func owner() throws {
    let result = try Self.due("--owner", "head of send")
    #expect(result.status == 0)
    let lines = result.outputLines
    let headings = zip(lines, lines.dropFirst()).filter { $1.hasPrefix("  ") && !$0.hasPrefix(" ") }
      .map(\.0)
    #expect(headings == ["Head of SEND: 3 overdue, 2 due by 22 Dec 2026"])
    #expect(!result.output.contains("TQ 1-3"))  // Head of SEND Family Services, SCC's
    let nobody = try Self.due("--owner", "Head of")
    #expect(nobody.status == 0)
    #expect(
      nobody.errorLines == ["boardwalk: no action of these plans names the owner \"Head of\""])
    #expect(nobody.output.contains("Nothing is overdue or due by 22 Dec 2026."))
  }

  @Test(
    "the window's edges: --within 5d takes the 27th, 4d does not; --before the 27th leaves it out",
    arguments: [
      (["--within", "5d"], true), (["--within", "4d"], false),
      (["--before", "2026-11-28"], true), (["--before", "2026-11-27"], false),
    ])
  func windowEdges(_ window: [String], _ has27th: Bool) throws {
    // APA1.6 is due 27 Nov 2026.
    let result = try CommandRunner.run(
      ["due", Self.sample, "--today", "2026-11-22", "--owner", "Head of Inclusion"] + window)
    #expect(result.status == 0)
    #expect(result.output.contains(" APA1.6 ") == has27th, "\(result.output)")
    #expect(result.output.contains(" AfI1.2 "))  // overdue: listed whatever the window
  }

  @Test("--before names its day in the headings; both --before and --within is refused")
  func windowWords() throws {
    let before = try Self.due("--before", "2027-01-05", "--owner", "Head of SEND")
    #expect(before.outputLines.contains("Head of SEND: 3 overdue, 2 due before 5 Jan 2027"))
    for wrong in [
      ["--before", "2027-01-05", "--within", "30d"], ["--within", "30"], ["--within", "-1d"],
      ["--before", "2027-02-30"], ["--before", "2027-02"],
    ] {
      let result = try CommandRunner.run(["due", Self.sample] + wrong)
      #expect(result.status == 64, "\(result)")
      #expect(result.errorOutput.hasPrefix("boardwalk: "), "\(result)")
      #expect(result.output.isEmpty)
    }
  }

  @Test("--filter narrows what is considered, in the one grammar")
  func filter() throws {
    let result = try Self.due("--filter", "plan:demo-northbrook status:red")
    #expect(result.status == 0)
    #expect(
      result.outputLines.allSatisfy { !$0.hasPrefix("  ") || $0.hasPrefix("  demo-northbrook* ") })
    #expect(result.output.contains(" APA1.1 ") && !result.output.contains(" AfI2.1 "))
  }

  @Test("--public withholds a confidential action's title and owners in every format")
  func publicWithholds() throws {
    for format in ["text", "markdown", "ics"] {
      let result = try Self.due("--public", "--format", format)
      #expect(result.status == 0, "\(result)")
      #expect(!result.output.contains("Larkspur Vale"), "\(format)")
      #expect(result.output.contains("Confidential item (exempt information)"), "\(format)")
      #expect(result.output.contains("APA1.7"), "\(format)")
    }
    let text = try Self.due("--public")
    let withheld = try #require(Self.group("(owner withheld):", in: text))
    #expect(
      withheld.count == 2 && withheld[1].contains("[C] Confidential item (exempt information)"))
    #expect(
      try #require(Self.group("Head of SEND:", in: text)).first
        == "Head of SEND: 3 overdue, 1 due by 22 Dec 2026")
  }

  @Test("-o writes the file; -o a plan being read is refused and the plan is left as it was")
  func outputFile() throws {
    let folder = try ScratchFolder("cli-due")
    defer { folder.remove() }
    let plan = folder.file("northbrook.json")
    try FileManager.default.copyItem(
      atPath: Self.sample + "/demo-northbrook-fictional.json", toPath: plan)
    let before = try folder.contents()
    let refused = try CommandRunner.run(["due", plan, "--format", "ics", "-o", plan])
    #expect(refused.status == 1, "\(refused)")
    #expect(refused.errorOutput.contains("boardwalk: due: -o \(plan) is a plan file being read"))
    #expect(try folder.contents() == before)
    let written = try CommandRunner.run(
      ["due", plan, "--today", "2026-11-22", "--format", "markdown", "-o", folder.file("due.md")])
    #expect(written.status == 0 && written.output.isEmpty, "\(written)")
    let markdown = try String(contentsOfFile: folder.file("due.md"), encoding: .utf8)
    #expect(markdown.hasPrefix("# Actions overdue or due by 22 Dec 2026, as of 22 Nov 2026\n"))
  }

  @Test("--format ics to a terminal is refused, and nothing is written to it")
  func icsNotToATerminal() throws {
    let (terminal, main) = try MinutesFormatTests.pseudoTerminal()
    defer { close(main) }
    guard let handle = FileHandle(forWritingAtPath: terminal) else {
      throw TestProblem("cannot open \(terminal)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try BinaryLocator.boardwalk(besides: .module))
    process.arguments = ["due", Self.sample, "--format", "ics"]
    process.standardOutput = handle
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 64)
    #expect(
      message.hasPrefix(
        "boardwalk: --format ics writes a calendar file, not text for a terminal: give -o FILE.ics")
    )
    var buffer = [UInt8](repeating: 0, count: 64)
    _ = fcntl(main, F_SETFL, fcntl(main, F_GETFL) | O_NONBLOCK)
    #expect(read(main, &buffer, buffer.count) <= 0)
  }
}
