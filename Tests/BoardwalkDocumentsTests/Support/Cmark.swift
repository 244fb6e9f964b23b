import BoardwalkTestSupport
import Foundation
import Testing

/// cmark-gfm, GitHub's Markdown parser, with the table and autolink extensions and raw HTML
/// let through (so anything the writer failed to escape shows). Required when
/// BOARDWALK_REQUIRE_CMARK=1, as CI sets.
enum Cmark {
  static var executable: String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    return folders.map { "\($0)/cmark-gfm" }.first(where: FileManager.default.isExecutableFile)
  }

  static var shouldRun: Bool {
    executable != nil || ProcessInfo.processInfo.environment["BOARDWALK_REQUIRE_CMARK"] == "1"
  }

  static func html(_ markdown: String) throws -> String {
    guard let executable else {
      throw TestProblem("cmark-gfm is not on PATH: apt-get install cmark-gfm")
    }
    let folder = try ScratchFolder("documents-cmark")
    defer { folder.remove() }
    let input = try folder.write("document.md", text: markdown)
    let result = try ToolRunner.run(
      executable, ["-e", "table", "-e", "autolink", "--unsafe", input])
    guard result.status == 0 else { throw TestProblem("cmark-gfm failed: \(result)") }
    return result.output
  }
}

extension Trait where Self == ConditionTrait {
  static var requiresCmark: Self {
    .enabled(
      if: Cmark.shouldRun,
      "cmark-gfm is not on PATH (set BOARDWALK_REQUIRE_CMARK=1 to make that a failure)")
  }
}
