import Foundation

/// `boardwalk list --filter 'owner:~X' --format json` against jq making the same selection
/// (actions with an owner containing X, ignoring case) on the same files, side by side.
struct JQComparison: Codable {
  var actions: Int
  var owner: String
  var boardwalkSeconds: Double
  var jqSeconds: Double
  var matches: Int
  var jqVersion: String
  /// The dataset ("small · compact"), when it is not the standard pretty one.
  var label: String? = nil
  var megabytes: Double? = nil
  /// Whether both selected the same actions (plan and id), in the same order.
  var sameRows: Bool? = nil

  var ratio: Double { boardwalkSeconds / max(jqSeconds, 1e-9) }

  var summary: String {
    String(
      format:
        "%@%d actions%@, owner:~\"%@\" (%d matches%@): boardwalk list %.3f s, jq %.3f s: boardwalk takes %.0f%% of jq's time",
      label.map { "\($0), " } ?? "", actions,
      megabytes.map { String(format: " (%.1f MB)", $0) } ?? "",
      owner, matches, sameRows.map { $0 ? ", same rows" : ", ROWS DIFFER" } ?? "",
      boardwalkSeconds, jqSeconds, ratio * 100)
  }

  static func measure(folder: String, actions: Int, label: String? = nil, runs: Int = 3) throws
    -> JQComparison
  {
    let boardwalk = Child.boardwalkPath
    guard FileManager.default.isExecutableFile(atPath: boardwalk) else {
      throw ValidationErrorText("build boardwalk in release first: swift build -c release")
    }
    let owner = "Head of SEND"
    let quotedFolder = "'\(folder)'"
    // Warnings go to standard error; only the selection is compared.
    let list =
      "\(boardwalk) list \(quotedFolder) --filter 'owner:~\"\(owner)\"' --format json 2>/dev/null"
    let filter =
      ".plan.id as $p | .actions[] | select(any(.owners[]?; ascii_downcase | contains($o))) | {plan: $p} + ."
    let jq = "jq -c --arg o '\(owner.lowercased())' '\(filter)' \(quotedFolder)/*.json"
    let jqRows = try rows(jqLines: try Child.run(["-c", jq], executable: "/bin/sh"))
    let listRows = try rows(listJSON: try Child.run(["-c", list], executable: "/bin/sh"))
    let version =
      (try? Child.run(["--version"], executable: "/usr/bin/jq"))?.trimmingCharacters(
        in: .whitespacesAndNewlines) ?? "jq"
    // Warm the file cache, then alternate the two so neither gets a kinder machine.
    _ = try Child.wallTime(list, runs: 1)
    var ours: [Double] = []
    var theirs: [Double] = []
    for _ in 0..<max(1, runs) {
      ours.append(try Child.wallTime(list, runs: 1))
      theirs.append(try Child.wallTime(jq, runs: 1))
    }
    return JQComparison(
      actions: actions, owner: owner, boardwalkSeconds: ours.sorted()[ours.count / 2],
      jqSeconds: theirs.sorted()[theirs.count / 2], matches: jqRows.count, jqVersion: version,
      label: label, megabytes: DataOptions.megabytes(in: folder), sameRows: jqRows == listRows)
  }

  /// (plan, id) of each object jq printed, one per line.
  private static func rows(jqLines text: String) throws -> [String] {
    try text.split(separator: "\n").map { line in
      try key(JSONSerialization.jsonObject(with: Data(line.utf8)))
    }
  }

  /// (plan, id) of each object of the array `boardwalk list --format json` printed.
  private static func rows(listJSON text: String) throws -> [String] {
    guard let array = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else {
      throw ValidationErrorText("boardwalk list did not print a JSON array")
    }
    return try array.map(key)
  }

  private static func key(_ object: Any) throws -> String {
    guard let object = object as? [String: Any], let plan = object["plan"] as? String,
      let id = object["id"] as? String
    else { throw ValidationErrorText("a row without plan and id") }
    return plan + "\u{0}" + id
  }
}
