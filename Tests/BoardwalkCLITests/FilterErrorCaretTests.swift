import Testing

@Suite("a malformed --filter names its column and marks it with a caret")
struct FilterErrorCaretTests {
  struct Malformed: Sendable, CustomStringConvertible {
    let filter: String
    /// The column (characters from 1) at fault, counted by hand.
    let column: Int

    var description: String { filter }
  }

  static let cases: [Malformed] = [
    Malformed(filter: "owner: x", column: 7),
    Malformed(filter: "status:red area:", column: 17),
    Malformed(filter: "status:\"red", column: 8),
    Malformed(filter: "colour:red", column: 1),
    Malformed(filter: "plan:alpha due:someday", column: 16),
    Malformed(filter: "plan:alpha -", column: 12),
    Malformed(filter: "status:gren", column: 8),
    // Columns count characters: "café" is four.
    Malformed(filter: "\"café\" owner:", column: 14),
  ]

  @Test(
    "stderr names the column, echoes the filter and puts a caret under the column", arguments: cases
  )
  func caretUnderColumn(_ malformed: Malformed) throws {
    let result = try CommandRunner.run(
      "list", Fixtures.plans, "--filter", malformed.filter, "--today", FixtureActions.today)
    #expect(result.status == 64, "\(result)")
    let lines = result.errorLines
    #expect(lines.first?.contains("column \(malformed.column)") == true, "\(result)")
    let echo = try #require(lines.firstIndex { $0.hasSuffix(malformed.filter) }, "\(result)")
    let caretLine = try #require(lines.indices.contains(echo + 1) ? lines[echo + 1] : nil)
    let echoed = lines[echo]
    let indent = echoed.count - malformed.filter.count
    #expect(
      caretLine.trimmingTrailingSpaces == String(
        repeating: " ", count: indent + malformed.column - 1) + "^", "\(result)")
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    String(reversed().drop { $0 == " " }.reversed())
  }
}
