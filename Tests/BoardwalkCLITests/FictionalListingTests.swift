import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 13: SampleData's Northbrook plan is invented. Wherever `list` shows its actions,
/// its plan id carries the mark `*` and a note says what the mark means; real plans' rows
/// and listings are as before.
@Suite("actions of a fictional plan in list")
struct FictionalListingTests {
  static let sample = PackagePaths.sampleData

  @Test("the table marks the plan demo-northbrook* and says on standard error that it is invented")
  func table() throws {
    let result = try CommandRunner.run(["list", Self.sample, "--filter", "status:red,amber"])
    #expect(result.status == 0)
    let northbrook = result.outputLines.filter { $0.contains("APA1.") }
    #expect(!northbrook.isEmpty)
    #expect(northbrook.allSatisfy { $0.hasPrefix("demo-northbrook* ") }, "\(northbrook)")
    #expect(result.outputLines.contains { $0.hasPrefix("hull-send-2024 ") })
    #expect(!result.output.contains("hull-send-2024*"))
    let note = result.errorOutput.split(separator: "\n").first { $0.contains("fictional") }
    #expect(
      note?.hasSuffix(
        "come from a fictional plan (demo-northbrook), marked *: invented data, not a real area's")
        == true, "\(result.errorOutput)")
  }

  @Test("markdown escapes the mark, so that it renders as a star and not as emphasis")
  func markdown() throws {
    let result = try CommandRunner.run([
      "list", Self.sample, "--filter", "plan:demo-northbrook status:red", "--format", "markdown",
    ])
    #expect(result.output.contains("| demo-northbrook\\* | "))
    #expect(
      result.output.hasSuffix(
        "*6 of the 6 actions come from a fictional plan (demo-northbrook), marked \\*: invented data, not a real area's.*\n"
      ), "\(result.output)")
  }

  @Test("json says fictional only of a fictional plan's actions; csv keeps its columns")
  func machineFormats() throws {
    let json = try CommandRunner.run([
      "list", Self.sample, "--filter", "plan:demo-northbrook,hull-send-2024", "--format", "json",
    ])
    let rows = try #require(
      JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    let fictional = rows.filter { $0["fictional"] as? Bool == true }.compactMap {
      $0["plan"] as? String
    }
    #expect(!fictional.isEmpty && Set(fictional) == ["demo-northbrook"])
    #expect(
      rows.filter { $0["plan"] as? String == "hull-send-2024" }.allSatisfy {
        $0["fictional"] == nil
      })
    let csv = try CommandRunner.run([
      "list", Self.sample, "--filter", "plan:demo-northbrook", "--format", "csv",
    ])
    #expect(csv.outputLines.dropFirst().allSatisfy { $0.hasPrefix("demo-northbrook,") })
  }

  @Test("a listing of real plans only carries no mark and no note")
  func realPlans() throws {
    let result = try CommandRunner.run(["list", Self.sample, "--filter", "plan:hull-send-2024"])
    #expect(result.status == 0)
    #expect(!result.errorOutput.contains("fictional"))
    #expect(!result.output.contains("*"))
  }
}
