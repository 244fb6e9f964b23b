import Foundation

/// A meeting journal written by hand, in the documented format (docs/meetings.md), over
/// copies of the fixture plans: what a meeting leaves, without running the screen.
struct MeetingJournalText {
  var lines: [[String: Any]] = []

  /// Starts the meeting over `plans` (plan id and file), fingerprinted as they are on disk
  /// now by `sha256sum`, independently of Boardwalk's own SHA-256.
  init(plans: [(id: String, file: String)]) throws {
    let fingerprints = try plans.map { plan -> [String: Any] in
      ["plan": plan.id, "file": plan.file, "sha256": try Self.sha256(of: plan.file)]
    }
    add([
      "type": "started", "format": "boardwalk-journal/1", "plans": fingerprints, "agenda": "",
      "today": "2026-11-22",
    ])
    add(["type": "details", "title": "Alpha and Beta board", "date": "2026-11-22"])
  }

  mutating func add(_ fields: [String: Any]) {
    var line = fields
    line["seq"] = lines.count + 1
    line["at"] = "2026-11-22T10:00:00+00:00"
    lines.append(line)
  }

  /// The journal's text: one JSON object per line, each ended by a line feed.
  func text() throws -> String {
    try lines.map { line in
      let data = try JSONSerialization.data(
        withJSONObject: line, options: [.sortedKeys, .withoutEscapingSlashes])
      return String(decoding: data, as: UTF8.self) + "\n"
    }.joined()
  }

  func write(to path: String) throws {
    try text().write(toFile: path, atomically: false, encoding: .utf8)
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// `sha256sum FILE`, the hex digest.
  static func sha256(of file: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum", file]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let digest = String(decoding: data, as: UTF8.self).split(separator: " ").first
    else { throw Failure(description: "sha256sum \(file) failed") }
    return String(digest)
  }
}
