import BoardwalkTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `boardwalk pack`: the board pack on the command line, in each format, with the same file
/// rules as the minutes.
@Suite("boardwalk pack")
struct PackCommandTests {
  static let sample = PackagePaths.sampleData

  @Test(
    "on SampleData, markdown by default: every section, the exceptions of Northbrook among them")
  func markdown() throws {
    let result = try CommandRunner.run([
      "pack", Self.sample, "--today", "2026-11-22", "--since", "2026-10-11",
      "--next-meeting", "2027-01-10",
    ])
    #expect(result.status == 0, "\(result)")
    for heading in [
      "## Matters arising from the last meeting", "## Status by area", "## Exceptions",
      "## Highlights since 11 Oct 2026", "## Due before the next meeting",
    ] {
      #expect(result.output.contains(heading), "\(heading)")
    }
    #expect(result.output.contains("**For the meeting of:** 10 Jan 2027"))
    #expect(result.output.contains("| demo-northbrook | APA1.1 |"))
    // A public pack: APA1.7's complaint names an academy.
    #expect(!result.output.contains("Larkspur Vale"))
  }

  @Test("with the last meeting's journal: its decisions and raised actions are matters arising")
  func sinceJournal() throws {
    let folder = try ScratchFolder("cli-pack")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let result = try CommandRunner.run([
      "pack", meeting.alpha, meeting.beta, "--since", meeting.journal, "--full",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(result.output.contains("## Matters arising from the last meeting"))
    #expect(result.output.contains("\(FaultMeeting.marker) decision to refer"))
    let published = try CommandRunner.run([
      "pack", meeting.alpha, meeting.beta, "--since", meeting.journal,
    ])
    #expect(!published.output.contains(FaultMeeting.marker))
  }

  @Test(
    "--since a file that is not a journal, or a date that is not one, says so and writes nothing")
  func badSince() throws {
    let folder = try ScratchFolder("cli-pack")
    defer { folder.remove() }
    let output = folder.file("pack.md")
    let plan = try CommandRunner.run([
      "pack", Self.sample, "--since", Self.sample + "/hull-send-strategic-plan-2024.json", "-o",
      output,
    ])
    #expect(plan.status == 1)
    #expect(plan.errorOutput.contains("hull-send-strategic-plan-2024.json"), "\(plan)")
    #expect(!FileManager.default.fileExists(atPath: output))
    let next = try CommandRunner.run(["pack", Self.sample, "--next-meeting", "2027-02-30"])
    #expect(next.status == 64)
    #expect(next.errorOutput.contains("--next-meeting"))
  }

  @Test("docx needs -o; a full pack's file is readable by its owner only; -o never over a plan")
  func files() throws {
    let folder = try ScratchFolder("cli-pack")
    defer { folder.remove() }
    let refused = try CommandRunner.run(["pack", Self.sample, "--format", "docx"])
    #expect(refused.status == 64)
    #expect(refused.errorOutput.contains("give -o FILE.docx"))
    let docx = folder.file("pack.docx")
    let written = try CommandRunner.run([
      "pack", Self.sample, "--format", "docx", "-o", docx, "--full",
    ])
    #expect(written.status == 0, "\(written)")
    var status = stat()
    #expect(stat(docx, &status) == 0)
    #expect(status.st_mode & 0o077 == 0, "a full pack must not be readable by others")
    let copy = folder.file("plan.json")
    try FileManager.default.copyItem(
      atPath: Self.sample + "/hull-send-strategic-plan-2024.json", toPath: copy)
    let before = try Data(contentsOf: URL(fileURLWithPath: copy))
    let over = try CommandRunner.run(["pack", copy, "-o", copy])
    #expect(over.status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
  }

  @Test("html is one page with its charts drawn as SVG and no script")
  func html() throws {
    let result = try CommandRunner.run([
      "pack", Self.sample, "--today", "2026-11-22", "--format", "html",
    ])
    #expect(result.status == 0)
    #expect(result.output.contains("<svg"))
    #expect(!result.output.contains("<script"))
  }
}
