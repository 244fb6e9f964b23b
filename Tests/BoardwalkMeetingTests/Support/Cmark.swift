import BoardwalkTestSupport
import Foundation
import Testing

/// GitHub's GFM parser, `cmark-gfm`, run on the minutes. Without it the tests that use it
/// are skipped, unless BOARDWALK_REQUIRE_CMARK=1 (as CI sets), when its absence fails them.
enum Cmark {
  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["BOARDWALK_REQUIRE_CMARK"] == "1"
  }

  /// cmark-gfm on PATH, if it is there.
  static var path: String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    for folder in folders {
      let candidate = "\(folder)/cmark-gfm"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static var shouldRun: Bool { path != nil || isRequired }

  /// `markdown` rendered to HTML with the table and autolink extensions, as GitHub does
  /// (autolink makes links of bare addresses, which minutes must not have). `--unsafe` lets
  /// raw HTML through, so any tag the minutes failed to escape shows in the HTML (GitHub's
  /// own renderer lets some through too, `<br>` among them).
  static func html(_ markdown: String) throws -> String {
    guard let path else {
      throw TestProblem(
        "cmark-gfm is not on PATH: install cmark-gfm (apt-get install cmark-gfm) to check the minutes"
          + " (BOARDWALK_REQUIRE_CMARK=1 makes it required)")
    }
    let folder = try ScratchFolder("meeting-cmark")
    defer { folder.remove() }
    let input = try folder.write("minutes.md", text: markdown)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-e", "table", "-e", "autolink", "--unsafe", input]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw TestProblem("cmark-gfm exited with status \(process.terminationStatus)")
    }
    return String(decoding: data, as: UTF8.self)
  }
}

extension Trait where Self == ConditionTrait {
  /// Enables a test when cmark-gfm is on PATH, or when BOARDWALK_REQUIRE_CMARK=1 demands it.
  static var requiresCmark: Self {
    .enabled(
      if: Cmark.shouldRun,
      "cmark-gfm is not on PATH (set BOARDWALK_REQUIRE_CMARK=1 to make that a failure)")
  }
}
