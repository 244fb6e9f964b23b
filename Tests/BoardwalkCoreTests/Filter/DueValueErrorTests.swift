import Testing

@testable import BoardwalkCore

@Suite("due: values that are not due filters")
struct DueValueErrorTests: FilterErrorSuite {
  static let notADueFilter =
    "is not a due filter (use overdue, none, ongoing, tbc, 30d, 2024-09, 2024-09-30 or a range such as 2024-09..2024-12)"

  @Test(
    "words and loose dates are refused with the forms to use",
    arguments: [
      ("due:soon", 4, "\"soon\""), ("due:\"soon\"", 5, "\"soon\""),
      ("due:overdue,later", 12, "\"later\""), ("due:sept-24", 4, "\"sept-24\""),
      ("due:31/8/24", 4, "\"31/8/24\""), ("due:7days", 4, "\"7days\""), ("due:d", 4, "\"d\""),
      ("due:-3d", 4, "\"-3d\""), ("status:red due:soon", 15, "\"soon\""),
    ])
  func notADueFilter(text: String, position: Int, quotedValue: String) throws {
    let error = try #require(Self.error(text))
    #expect(error.position == position)
    #expect(error.message == "\(quotedValue) \(Self.notADueFilter)")
  }

  @Test(
    "dates that do not exist are refused, saying why",
    arguments: [
      ("due:2024-13", 4, "there is no month 13"),
      ("due:2024-00", 4, "there is no month 0"),
      ("due:2024-02-30", 4, "February 2024 has 29 days"),
      ("status:red due:overdue,2023-02-29", 23, "February 2023 has 28 days"),
    ])
  func nonexistentDate(text: String, position: Int, says: String) throws {
    let error = try #require(Self.error(text))
    #expect(error.position == position)
    #expect(error.message.contains(says), "\(error.message)")
  }

  @Test(
    "ranges: each end is checked where it stands",
    arguments: [
      ("due:..", 4, "a range needs a date on at least one side of \"..\""),
      ("due:soon..2024-01", 4, "\"soon\" is not a due filter"),
      ("due:2024-01..soon", 13, "\"soon\" is not a due filter"),
      ("due:2024-01..2024-13", 13, "there is no month 13"),
      ("due:2024-01-01..2024-02-30", 16, "February 2024 has 29 days"),
    ])
  func rangeEnds(text: String, position: Int, says: String) throws {
    let error = try #require(Self.error(text))
    #expect(error.position == position)
    #expect(error.message.contains(says), "\(error.message)")
  }

  @Test(
    "a reversed range is refused at its start, naming both ends",
    arguments: [
      ("due:2024-03..2024-01", "the range starts (2024-03-01) after it ends (2024-01-31)"),
      ("due:2024-03-02..2024-03-01", "the range starts (2024-03-02) after it ends (2024-03-01)"),
      ("due:2024-02..2024-01-31", "the range starts (2024-02-01) after it ends (2024-01-31)"),
    ])
  func reversedRange(text: String, message: String) throws {
    let error = try #require(Self.error(text))
    #expect(error.position == 4)
    #expect(error.message == message)
  }

  @Test(
    "ranges within one month or one day are fine",
    arguments: ["due:2024-01..2024-01", "due:2024-01-31..2024-01", "due:2024-01-05..2024-01-05"])
  func degenerateRanges(text: String) {
    #expect(Self.error(text) == nil)
  }

  @Test("a due value given in code is checked when compiled, at its place in the text")
  func compiledDueValue() {
    let term = FilterTerm(.due, ["overdue", "soon"], valueRanges: [4..<11, 12..<16])
    #expect(throws: FilterError(position: 12, message: "\"soon\" \(Self.notADueFilter)")) {
      try CompiledFilter(FilterExpression(terms: [term]), store: BoardFixture.store)
    }
  }
}
