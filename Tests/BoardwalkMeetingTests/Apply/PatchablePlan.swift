import BoardwalkTestSupport

/// A small plan file for patching, written the way people write them: one action with
/// every field a patch touches (and an `x-` note), one with none of them, one with an empty
/// `updates` array.
enum PatchablePlan {
  static let text = """
    {
      "format": "boardwalk-plan/1",
      "plan": { "id": "p", "title": "Patch plan", "scale": "rag" },
      "areas": [ { "id": "A", "title": "Area A" } ],
      "actions": [
        {
          "id": "1",
          "area": "A",
          "title": "Has everything",
          "owners": ["X"],
          "status": "amber",
          "x-note": "kept as it is",
          "updates": [
            { "date": "2026-01-01", "status": "red", "text": "first" }
          ],
          "confidential": false
        },
        {
          "id": "2",
          "area": "A",
          "title": "Has nothing",
          "owners": ["Y"]
        },
        {
          "id": "3",
          "area": "A", "title": "Empty updates", "owners": ["Z"], "updates": []
        }
      ]
    }

    """

  /// `text` with exactly one occurrence of `old` replaced by `new`; fails when `old` is not
  /// there exactly once, so an expectation cannot be built on a misread of the fixture.
  static func replacing(_ old: String, with new: String, in text: String = text) throws -> String {
    let ranges = text.ranges(of: old)
    guard ranges.count == 1, let range = ranges.first else {
      throw TestProblem("\"\(old)\" occurs \(ranges.count) times in the plan text")
    }
    return text.replacingCharacters(in: range, with: new)
  }

  /// `text` with CR LF line endings.
  static var crlf: String { text.replacing("\n", with: "\r\n") }
}
