import Foundation
import Testing

@Suite("input files are never written")
struct InputsUnchangedTests {
  /// Every command and format, over good plans, bad files and SampleData.
  static let commands: [[String]] = {
    let fixtures = [Fixtures.plans, Fixtures.bad]
    var commands: [[String]] = [
      ["check", PackagePaths.sampleData],
      ["check"] + fixtures,
      ["check", Fixtures.alpha, Fixtures.values, Fixtures.syntax, Fixtures.duplicateAlpha],
    ]
    for paths in [[PackagePaths.sampleData], fixtures] {
      for format in ["table", "json", "csv", "markdown"] {
        commands.append(["list"] + paths + ["--format", format, "--sort", "due"])
      }
      for grouping in ["area", "owner", "plan"] {
        for format in ["table", "json"] {
          commands.append(["summary"] + paths + ["--by", grouping, "--format", format])
        }
      }
      commands.append(["list"] + paths + ["--filter", "owner: x"])
    }
    return commands
  }()

  @Test("running every command leaves the bytes, modification times and list of files as they were")
  func filesUnchanged() throws {
    let folders = [Fixtures.root.path, PackagePaths.sampleData]
    let before = try FileSnapshot(folders: folders)
    #expect(before.entries.count >= 11, "expected 5 fixtures and 6 SampleData files")
    for arguments in Self.commands {
      let result = try CommandRunner.run(arguments)
      #expect([0, 1, 64].contains(result.status), "\(result)")
    }
    let after = try FileSnapshot(folders: folders)
    #expect(after.changedPaths(since: before) == [])
  }
}
