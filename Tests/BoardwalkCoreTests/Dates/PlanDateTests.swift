import Testing

@testable import BoardwalkCore

@Suite("PlanDate: reading YYYY-MM-DD and YYYY-MM")
struct PlanDateTests {
  @Test(
    "a full date is that day",
    arguments: [
      ("2024-09-30", (2024, 9, 30)), ("2024-02-29", (2024, 2, 29)), ("2023-02-28", (2023, 2, 28)),
      ("2025-01-01", (2025, 1, 1)), ("2000-02-29", (2000, 2, 29)),
    ])
  func fullDate(text: String, expected: (Int, Int, Int)) throws {
    let date = try PlanDate(parsing: text)
    #expect(date.date == Day.of(expected.0, expected.1, expected.2))
    #expect(date.precision == .day)
    #expect(date.written == text)
    #expect(date.description == text)
  }

  @Test(
    "a month means its last day",
    arguments: [
      ("2024-09", (2024, 9, 30)), ("2024-02", (2024, 2, 29)), ("2023-02", (2023, 2, 28)),
      ("2100-02", (2100, 2, 28)), ("2000-02", (2000, 2, 29)), ("2024-12", (2024, 12, 31)),
      ("2024-01", (2024, 1, 31)), ("2024-04", (2024, 4, 30)),
    ])
  func month(text: String, expected: (Int, Int, Int)) throws {
    let date = try PlanDate(parsing: text)
    #expect(date.date == Day.of(expected.0, expected.1, expected.2))
    #expect(date.precision == .month)
    #expect(date.written == text)
    #expect(date.description == Day.of(expected.0, expected.1, expected.2).description)
  }

  @Test("a month and its last day compare by the day they stand for")
  func monthOrdersAsItsLastDay() throws {
    let month = try PlanDate(parsing: "2024-09")
    let dayBefore = try PlanDate(parsing: "2024-09-29")
    let lastDay = try PlanDate(parsing: "2024-09-30")
    let dayAfter = try PlanDate(parsing: "2024-10-01")
    #expect(dayBefore < month)
    #expect(!(month < lastDay) && !(lastDay < month))
    #expect(month < dayAfter)
  }

  @Test("--today takes a whole day and refuses a month, suggesting its last day")
  func todayNeedsADay() throws {
    #expect(try CalendarDate(parsingDay: "2026-11-22") == Day.of(2026, 11, 22))
    #expect(throws: DateProblem.notADate("2024-09", suggestion: "2024-09-30")) {
      try CalendarDate(parsingDay: "2024-09")
    }
  }
}
