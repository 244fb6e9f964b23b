import BoardwalkTestSupport
import Foundation

/// A plan file of at least 200 MiB, written a megabyte at a time so the test never holds it
/// in memory: a header, one action per line (each with long prose and a long extension
/// field, as plans exported from spreadsheets have), and a last action whose unknown field
/// `note` gives one warning at a place known in advance.
struct HugePlan {
  static let minimumBytes = 200 * 1024 * 1024
  static let headerLines = 5

  /// The actions before the last one.
  let bulkActions: Int
  /// The line and column of the warning about the last action's `note`.
  let noteLine: Int
  let noteColumn: Int
  let byteCount: Int

  private static let prose = String(
    repeating: "Children and young people with SEND get the right support at the right time. ",
    count: 8)

  /// The bytes of an action's line around its number, which appears twice (id and title).
  private static let lineParts = (
    Array(#"    { "id": ""#.utf8),
    Array(#"", "area": "A1", "title": "Action "#.utf8),
    Array(
      #"", "owners": ["Head of SEND"], "due": "2025-06", "status": "green", "outcomes": "\#(prose)", "x-source-row": "\#(prose)" },"#
        .utf8) + [0x0A]
  )

  static let lastActionStart =
    #"    { "id": "last", "area": "A1", "title": "The last action", "owners": ["Head of SEND"], "status": "amber", "#

  /// Writes the plan to `path`.
  static func write(to path: String) throws -> HugePlan {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw TestProblem("cannot create \(path)")
    }
    let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? file.close() }
    var written = 0
    func put(_ bytes: [UInt8]) throws {
      try file.write(contentsOf: bytes)
      written += bytes.count
    }
    try put(
      Array(
        """
        {
          "format": "boardwalk-plan/1",
          "plan": { "id": "two-hundred-megabytes", "title": "A plan file of 200 MB" },
          "areas": [ { "id": "A1", "title": "Area one" } ],
          "actions": [

        """.utf8))
    var bulk = 0
    var chunk: [UInt8] = []
    chunk.reserveCapacity(1 << 21)
    while written + chunk.count < minimumBytes {
      bulk += 1
      let number = Array(String(bulk).utf8)
      chunk += lineParts.0
      chunk += number
      chunk += lineParts.1
      chunk += number
      chunk += lineParts.2
      if chunk.count > 1 << 20 {
        try put(chunk)
        chunk.removeAll(keepingCapacity: true)
      }
    }
    try put(chunk)
    try put(Array((lastActionStart + #""note": "the last line" }"# + "\n  ]\n}\n").utf8))
    return HugePlan(
      bulkActions: bulk, noteLine: headerLines + bulk + 1,
      noteColumn: lastActionStart.count + 1, byteCount: written)
  }
}
