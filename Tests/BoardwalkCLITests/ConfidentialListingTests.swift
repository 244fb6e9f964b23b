import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 13: a confidential action is marked wherever it is listed, the listing says how
/// many it holds, and `--public` withholds their text in every format while still counting
/// them. SampleData's Northbrook plan has two: APA1.7 (a complaint naming an academy) and
/// AfI3.4 (a provider's contract).
@Suite("confidential actions in list and summary")
struct ConfidentialListingTests {
  static let sample = PackagePaths.sampleData
  static let secret = "Larkspur Vale"

  @Test("table and markdown mark them [C] and say how many there are")
  func marked() throws {
    let table = try CommandRunner.run(["list", Self.sample, "--filter", "plan:demo-northbrook"])
    #expect(table.status == 0)
    #expect(table.outputLines.contains { $0.contains("APA1.7") && $0.contains("[C] Respond to") })
    #expect(
      table.errorOutput.contains(
        "boardwalk: 2 of the 36 actions are confidential, marked [C]: not for publication"),
      "\(table)")
    let markdown = try CommandRunner.run([
      "list", Self.sample, "--filter", "plan:demo-northbrook", "--format", "markdown",
    ])
    #expect(markdown.output.contains("\\[C\\] Respond to the formal complaint"))
    #expect(
      markdown.output.contains(
        "\n*2 of the 36 actions are confidential, marked \\[C\\]: not for publication (--public withholds their text).*\n"
      ))
  }

  @Test(
    "--public withholds their title, owners and words in every text format, and still counts them",
    arguments: ["table", "markdown", "json", "csv"])
  func publicWithholds(_ format: String) throws {
    let result = try CommandRunner.run([
      "list", Self.sample, "--filter", "confidential:yes", "--format", format, "--public",
    ])
    #expect(result.status == 0)
    #expect(!result.output.contains(Self.secret), "\(result.output)")
    #expect(!result.output.contains("independent provider"), "\(result.output)")
    #expect(result.output.contains("Confidential item (exempt information)"))
    #expect(result.output.contains("APA1.7") && result.output.contains("AfI3.4"))
  }

  @Test(
    "--public: a text search does not look into withheld words, so it cannot tell which item names a school"
  )
  func publicSearch() throws {
    let open = try CommandRunner.run(["list", Self.sample, "--filter", "\"\(Self.secret)\""])
    #expect(open.outputLines.contains { $0.contains("APA1.7") })
    let withheld = try CommandRunner.run([
      "list", Self.sample, "--filter", "\"\(Self.secret)\"", "--public",
    ])
    #expect(withheld.status == 0)
    #expect(!withheld.output.contains("APA1.7"), "\(withheld.output)")
    #expect(withheld.errorOutput.contains("no actions match"))
  }

  @Test("--public on an xlsx tracker withholds the text too, and marks the rows")
  func publicWorkbook() throws {
    let folder = try ScratchFolder("cli-confidential")
    defer { folder.remove() }
    let workbook = folder.file("public.xlsx")
    let result = try CommandRunner.run([
      "list", Self.sample, "--filter", "plan:demo-northbrook", "--format", "xlsx", "-o", workbook,
      "--public",
    ])
    #expect(result.status == 0, "\(result)")
    let unzipped = try SystemText.run(["unzip", "-p", workbook])
    #expect(!unzipped.contains(Self.secret))
    #expect(unzipped.contains("Confidential item (exempt information)"))
  }

  @Test("summary says how many of what it counts are confidential")
  func summaryNote() throws {
    let result = try CommandRunner.run(["summary", Self.sample, "--by", "plan"])
    #expect(
      result.errorOutput.contains(
        "boardwalk: 2 of the 231 actions are confidential, counted here with their text withheld"))
  }
}

/// Runs a program and returns what it wrote to standard output.
enum SystemText {
  static func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
