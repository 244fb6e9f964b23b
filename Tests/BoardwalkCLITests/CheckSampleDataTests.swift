import Foundation
import Testing

@Suite("boardwalk check SampleData")
struct CheckSampleDataTests {
  @Test("passes with exit status 0, one summary line per plan on standard output")
  func passesWithOneLinePerPlan() throws {
    let result = try CommandRunner.run("check", PackagePaths.sampleData)
    #expect(result.status == 0, "\(result)")
    for plan in SamplePlans.all {
      let lines = result.outputLines.filter {
        $0.split(separator: " ").contains(Substring(plan.id))
      }
      #expect(lines.count == 1, "expected one line for \(plan.id) in:\n\(result.output)")
      let line = try #require(lines.first)
      #expect(line.contains(plan.file))
      #expect(line.split(separator: " ").contains(Substring(String(plan.actions))))
    }
  }

  @Test("prints warnings on standard error only, each located as FILE:LINE:COL: warning: /pointer")
  func warningsGoToStandardError() throws {
    let result = try CommandRunner.run("check", PackagePaths.sampleData)
    #expect(!result.output.contains("warning"), "\(result.output)")
    #expect(!result.errorLines.isEmpty, "SampleData has actions with no owner: expected warnings")
    let prefix = PackagePaths.sampleData + "/"
    for line in result.errorLines {
      let location = try #require(DiagnosticLine(line), "not a located diagnostic: \(line)")
      #expect(location.file.hasPrefix(prefix))
      #expect(location.severity == "warning", "\(line)")
      #expect(location.pointer.hasPrefix("/actions/"), "\(line)")
    }
  }
}
