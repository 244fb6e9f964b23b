import Testing

@testable import BoardwalkCore

@Suite("PlanDate: texts that are not dates")
struct PlanDateErrorTests {
  @Test("a day the month does not have")
  func noSuchDay() {
    #expect(throws: DateProblem.noSuchDay("2024-02-30", year: 2024, month: 2)) {
      try PlanDate(parsing: "2024-02-30")
    }
    #expect(throws: DateProblem.noSuchDay("2023-02-29", year: 2023, month: 2)) {
      try PlanDate(parsing: "2023-02-29")
    }
    #expect(throws: DateProblem.noSuchDay("2024-04-31", year: 2024, month: 4)) {
      try PlanDate(parsing: "2024-04-31")
    }
    #expect(throws: DateProblem.noSuchDay("2024-01-00", year: 2024, month: 1)) {
      try PlanDate(parsing: "2024-01-00")
    }
  }

  @Test("the message says how many days the month has")
  func noSuchDayMessage() {
    #expect(
      DateProblem.noSuchDay("2024-02-30", year: 2024, month: 2).description
        == "\"2024-02-30\" is not a date: February 2024 has 29 days")
    #expect(
      DateProblem.noSuchDay("2023-02-29", year: 2023, month: 2).description
        == "\"2023-02-29\" is not a date: February 2023 has 28 days")
  }

  @Test(
    "a month outside 01...12, as a month or in a full date",
    arguments: [("2024-13", 13), ("2024-00", 0), ("2024-13-01", 13), ("2024-00-10", 0)])
  func noSuchMonth(text: String, month: Int) {
    #expect(throws: DateProblem.noSuchMonth(text, month: month)) { try PlanDate(parsing: text) }
    #expect(
      DateProblem.noSuchMonth(text, month: month).description
        == "\"\(text)\" is not a date: there is no month \(month) (months run 01 to 12)")
  }

  @Test(
    "loose dates from the sources are refused, with the form to write instead",
    arguments: [
      ("31/8/24", "2024-08-31"), ("Sept-24", "2024-09"), ("January 25", "2025-01"),
      ("24-Apr", "2024-04"), ("31/08/2024", "2024-08-31"), ("Sept 2024", "2024-09"),
      ("1/2/24", "2024-02-01"),
    ])
  func looseDate(text: String, suggestion: String) {
    #expect(throws: DateProblem.notADate(text, suggestion: suggestion)) {
      try PlanDate(parsing: text)
    }
    #expect(LooseDate.suggestion(for: text) == suggestion)
  }

  @Test("a loose date that names no real day gets no suggestion")
  func looseDateThatDoesNotExist() {
    #expect(throws: DateProblem.notADate("31/2/24", suggestion: nil)) {
      try PlanDate(parsing: "31/2/24")
    }
    #expect(throws: DateProblem.notADate("Review at next stocktake", suggestion: nil)) {
      try PlanDate(parsing: "Review at next stocktake")
    }
  }

  @Test("the suggestion is written into the message")
  func suggestionMessage() {
    #expect(
      DateProblem.notADate("Sept-24", suggestion: "2024-09").description
        == "\"Sept-24\" is not a date (write 2024-09, and keep the source's words in dueText)")
  }

  @Test(
    "malformed numbers are not dates",
    arguments: [
      "", "2024", "2024-9", "2024-9-30", "24-09-30", "2024-09-3", "2024/09/30", "2024-09-30 ",
    ])
  func malformed(text: String) {
    #expect(throws: DateProblem.self) { try PlanDate(parsing: text) }
  }
}
