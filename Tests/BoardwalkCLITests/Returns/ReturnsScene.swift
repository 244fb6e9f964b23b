import BoardwalkTestSupport
import Foundation

/// A board folder for returns: the sample Northbrook plan, and `returns/` beside it, with
/// `boardwalk update` and `boardwalk returns` run in it on 22 Nov 2026 (cycle 2026-11).
struct ReturnsScene {
  static let today = "2026-11-22"
  static let plan = PackagePaths.sampleData + "/demo-northbrook-fictional.json"

  let folder: ScratchFolder
  var url: URL { URL(fileURLWithPath: folder.path) }

  init() throws {
    folder = try ScratchFolder("cli-returns")
  }

  /// The return file of a lead (by their file name) in this cycle.
  func file(_ slug: String) -> String { folder.file("returns/2026-11/\(slug).jsonl") }

  /// `boardwalk update PLAN --today 2026-11-22 --owner OWNER ARGUMENTS`.
  func update(_ owner: String, _ arguments: [String]) throws -> CommandResult {
    try CommandRunner.run(
      ["update", Self.plan, "--today", Self.today, "--owner", owner] + arguments, in: url)
  }

  /// `boardwalk returns PLAN --today 2026-11-22 ARGUMENTS`.
  func returns(_ arguments: [String] = []) throws -> CommandResult {
    try CommandRunner.run(["returns", Self.plan, "--today", Self.today] + arguments, in: url)
  }
}
