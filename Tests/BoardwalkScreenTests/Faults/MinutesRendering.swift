import BoardwalkTestSupport
import Foundation
import Testing

/// GitHub's GFM parser, `cmark-gfm`, run on a minutes file, and what it rendered (read by
/// `RenderedHTML`, as Tests/BoardwalkMeetingTests reads it): the checks of
/// Tests/BoardwalkMeetingTests/Support/Cmark.swift, in the small form the end-to-end meeting
/// needs.
enum MinutesRendering {
  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["BOARDWALK_REQUIRE_CMARK"] == "1"
  }

  /// cmark-gfm on PATH, if it is there.
  static var path: String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    return folders.map { "\($0)/cmark-gfm" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  static var shouldRun: Bool { path != nil || isRequired }

  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "cmark-gfm is not on PATH: install cmark-gfm to check the minutes"
        + " (BOARDWALK_REQUIRE_CMARK=1 makes it required)"
    }
  }

  /// The HTML cmark-gfm renders from the Markdown file at `file`, with the table extension
  /// as GitHub uses it. `--unsafe` lets raw HTML through, so anything left unescaped shows.
  static func html(ofFile file: String) throws -> RenderedHTML {
    guard let path else { throw Missing() }
    let result = try ChildProcess.run(
      [path, "-e", "table", "--unsafe", file], environment: ChildEnvironment.standard)
    guard result.exit.status == 0 else { throw TmuxFailure(result: result) }
    return RenderedHTML(html: result.output)
  }
}

/// The tables of a Markdown file, read from its source: a table starts at a row (a line
/// starting with `|`) followed by a delimiter row.
enum MarkdownSource {
  static func tableCount(_ markdown: String) -> Int {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    return zip(lines, lines.dropFirst()).filter { row, next in
      row.hasPrefix("|") && next.wholeMatch(of: /\|(\s*:?-+:?\s*\|)+\s*/) != nil
    }.count
  }

  /// Whether every table is followed by a blank line (or the end of the file).
  static func blankLineAfterEveryTable(_ markdown: String) -> Bool {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    return zip(lines, lines.dropFirst()).allSatisfy { line, next in
      !line.hasPrefix("|") || next.hasPrefix("|") || next.isEmpty
    }
  }
}

extension Trait where Self == ConditionTrait {
  /// Enables a test when cmark-gfm is on PATH, or when BOARDWALK_REQUIRE_CMARK=1 demands it.
  static var rendersMinutes: Self {
    .enabled(
      if: MinutesRendering.shouldRun,
      "cmark-gfm is not on PATH (set BOARDWALK_REQUIRE_CMARK=1 to make that a failure)")
  }
}
