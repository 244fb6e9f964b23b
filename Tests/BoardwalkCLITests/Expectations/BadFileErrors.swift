/// The problems in Fixtures/bad and the good plans' warnings, located by hand in the files:
/// lines and columns count characters from 1 and point at the offending value.
enum BadFileErrors {
  struct Expected: Sendable, CustomStringConvertible {
    let line: Int
    let column: Int
    let pointer: String
    /// Text the message must quote: the value at fault.
    let mentions: String

    var description: String { "\(line):\(column) \(pointer)" }
  }

  /// bad/values.json: seven errors, every one of which must be reported. Line 9 holds
  /// "Naïve café –" before the bad date, so its column counts characters, not bytes.
  static let values: [Expected] = [
    Expected(line: 6, column: 65, pointer: "/areas/1/parent", mentions: "G9"),
    Expected(line: 9, column: 70, pointer: "/actions/0/due", mentions: "Sept-24"),
    Expected(line: 10, column: 28, pointer: "/actions/1/area", mentions: "G7"),
    Expected(line: 11, column: 44, pointer: "/actions/2/links/0", mentions: "G8"),
    Expected(line: 11, column: 82, pointer: "/actions/2/status", mentions: "gren"),
    Expected(line: 12, column: 43, pointer: "/actions/3/title", mentions: "null"),
    Expected(line: 12, column: 56, pointer: "/actions/3/due", mentions: "2025-02-30"),
  ]

  /// bad/duplicate-alpha.json reuses the plan id of plans/alpha.json, loaded before it.
  static let duplicateAlpha = Expected(
    line: 4, column: 11, pointer: "/plan/id", mentions: "alpha")

  /// bad/syntax.json lacks the comma after "plan"'s object: the next key is unexpected.
  static let syntaxLine = 4
  static let syntaxColumn = 3

  /// plans/alpha.json's warnings: A3 starts after it is due, A5 has no owner.
  static let alphaWarnings: [Expected] = [
    Expected(line: 58, column: 14, pointer: "/actions/3/due", mentions: "2025-06-15"),
    Expected(line: 70, column: 5, pointer: "/actions/5", mentions: "A5"),
  ]
}
