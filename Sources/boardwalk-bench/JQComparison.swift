import Foundation

/// `boardwalk list --filter 'owner:X' --format json` against jq making the same selection
/// (actions with an owner containing X, ignoring case) on the same files, side by side.
struct JQComparison: Codable {
  var actions: Int
  var owner: String
  var boardwalkSeconds: Double
  var jqSeconds: Double
  var matches: Int
  var jqVersion: String

  var ratio: Double { boardwalkSeconds / max(jqSeconds, 1e-9) }

  var summary: String {
    String(
      format:
        "%d actions, owner:\"%@\" (%d matches): boardwalk list %.3f s, jq %.3f s: boardwalk takes %.0f%% of jq's time",
      actions, owner, matches, boardwalkSeconds, jqSeconds, ratio * 100)
  }

  static func measure(folder: String, actions: Int) throws -> JQComparison {
    let boardwalk = (Child.ownPath as NSString).deletingLastPathComponent + "/boardwalk"
    guard FileManager.default.isExecutableFile(atPath: boardwalk) else {
      throw ValidationErrorText("build boardwalk in release first: swift build -c release")
    }
    let owner = "Head of SEND"
    let quotedFolder = "'\(folder)'"
    let list = "\(boardwalk) list \(quotedFolder) --filter 'owner:\"\(owner)\"' --format json"
    let filter =
      ".plan.id as $p | .actions[] | select(any(.owners[]?; ascii_downcase | contains($o))) | {plan: $p} + ."
    let jq = "jq -c --arg o '\(owner.lowercased())' '\(filter)' \(quotedFolder)/*.json"
    let matches = try Child.run(["-c", jq], executable: "/bin/sh").split(separator: "\n").count
    let version =
      (try? Child.run(["--version"], executable: "/usr/bin/jq"))?.trimmingCharacters(
        in: .whitespacesAndNewlines) ?? "jq"
    // Warm the file cache, then alternate the two so neither gets a kinder machine.
    _ = try Child.wallTime(list, runs: 1)
    var ours: [Double] = []
    var theirs: [Double] = []
    for _ in 0..<3 {
      ours.append(try Child.wallTime(list, runs: 1))
      theirs.append(try Child.wallTime(jq, runs: 1))
    }
    return JQComparison(
      actions: actions, owner: owner, boardwalkSeconds: ours.sorted()[1],
      jqSeconds: theirs.sorted()[1],
      matches: matches, jqVersion: version)
  }
}
