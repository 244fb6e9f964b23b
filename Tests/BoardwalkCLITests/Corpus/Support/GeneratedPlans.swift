import BoardwalkTestSupport
import Foundation

/// Plan files too big or too many to commit, generated at test time.
enum GeneratedPlans {
  /// The corpus file cut short in the generated tests: it has escapes, a raw two-byte control
  /// character, `true` and many strings, so its cuts fall in every kind of place.
  static let cutBase = "control-characters-in-every-text-field.json"

  /// Where to cut `bytes`: every 29th byte, and just after each backslash and each byte of a
  /// character longer than one byte (inside an escape, inside a character).
  static func cuts(of bytes: [UInt8]) -> [Int] {
    var cuts = Set(stride(from: 0, to: bytes.count, by: 29))
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\\") || byte >= 0x80 {
      cuts.insert(offset + 1)
    }
    if let lastClose = bytes.lastIndex(of: UInt8(ascii: "}")) {
      cuts = cuts.filter { $0 <= lastClose }
    }
    return cuts.sorted()
  }

  /// 100,000 opening brackets and nothing else.
  static let brackets = String(repeating: "[", count: 100_000)

  /// A plan of at least 200 MiB, one action per line, whose last action (status amber, the
  /// only one that is not green) has an unknown field `note`; returns the line and column
  /// of the warning about it.
  static func writeHugePlan(to path: String) throws -> (line: Int, column: Int) {
    let prose = String(
      repeating: "Children and young people with SEND get the right support at the right time. ",
      count: 8)
    let head = Array(#"    { "id": ""#.utf8)
    let tail =
      Array(
        #"", "area": "A1", "title": "Bulk", "owners": ["Head of SEND"], "status": "green", "outcomes": "\#(prose)", "x-row": "\#(prose)" },"#
          .utf8) + [0x0A]
    let last =
      #"    { "id": "last", "area": "A1", "title": "The last action", "owners": ["Head of SEND"], "status": "amber", "#
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw TestProblem("cannot create \(path)")
    }
    let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? file.close() }
    var chunk = Array(
      """
      {
        "format": "boardwalk-plan/1",
        "plan": { "id": "two-hundred-megabytes", "title": "A plan file of 200 MB" },
        "areas": [ { "id": "A1", "title": "Area one" } ],
        "actions": [

      """.utf8)
    var written = 0
    var lines = 5
    while written + chunk.count < 200 * 1024 * 1024 {
      lines += 1
      chunk += head + Array(String(lines).utf8) + tail
      if chunk.count > 1 << 20 {
        try file.write(contentsOf: chunk)
        written += chunk.count
        chunk.removeAll(keepingCapacity: true)
      }
    }
    chunk += Array((last + #""note": "the last line" }"# + "\n  ]\n}\n").utf8)
    try file.write(contentsOf: chunk)
    return (lines + 1, last.count + 1)
  }
}
