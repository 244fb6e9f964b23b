import Testing

@testable import BoardwalkCore

@Suite("CalendarDate arithmetic")
struct CalendarDateTests {
  @Test("1970-01-01 is day 0 and days before it are negative")
  func epoch() {
    #expect(Day.of(1970, 1, 1).dayNumber == 0)
    #expect(Day.of(1969, 12, 31).dayNumber == -1)
    #expect(Day.of(1970, 2, 1).dayNumber == 31)
    // 30 years of 365 days plus the 7 leap days of 1972...1996 = 10957.
    #expect(Day.of(2000, 1, 1).dayNumber == 10957)
    #expect(Day.of(2000, 3, 1).dayNumber == 10957 + 31 + 29)
  }

  @Test(
    "adding days crosses month, year and leap-day boundaries",
    arguments: [
      ((2024, 1, 31), 1, (2024, 2, 1)),
      ((2024, 2, 28), 1, (2024, 2, 29)),
      ((2024, 2, 29), 1, (2024, 3, 1)),
      ((2023, 2, 28), 1, (2023, 3, 1)),
      ((2024, 12, 31), 1, (2025, 1, 1)),
      ((2025, 1, 1), -1, (2024, 12, 31)),
      ((2024, 3, 1), -1, (2024, 2, 29)),
      ((2023, 3, 1), -1, (2023, 2, 28)),
      ((2024, 1, 1), 366, (2025, 1, 1)),
      ((2023, 1, 1), 365, (2024, 1, 1)),
      ((2026, 3, 15), 30, (2026, 4, 14)),
      ((2026, 3, 15), 0, (2026, 3, 15)),
      ((2000, 2, 28), 1, (2000, 2, 29)),
      ((1900, 2, 28), 1, (1900, 3, 1)),
      ((2100, 2, 28), 1, (2100, 3, 1)),
    ])
  func adding(start: (Int, Int, Int), days: Int, end: (Int, Int, Int)) {
    let date = Day.of(start.0, start.1, start.2).adding(days: days)
    #expect(date.year == end.0)
    #expect(date.month == end.1)
    #expect(date.day == end.2)
    #expect(date == Day.of(end.0, end.1, end.2))
  }

  @Test("days(until:) counts 366 days over a leap year and 365 over a common one")
  func daysUntil() {
    #expect(Day.of(2024, 1, 1).days(until: Day.of(2025, 1, 1)) == 366)
    #expect(Day.of(2023, 1, 1).days(until: Day.of(2024, 1, 1)) == 365)
    #expect(Day.of(2024, 2, 1).days(until: Day.of(2024, 3, 1)) == 29)
    #expect(Day.of(2023, 2, 1).days(until: Day.of(2023, 3, 1)) == 28)
    #expect(Day.of(2024, 3, 1).days(until: Day.of(2024, 2, 1)) == -29)
  }

  @Test(
    "dates that do not exist are nil",
    arguments: [
      (2024, 2, 30), (2023, 2, 29), (1900, 2, 29), (2100, 2, 29), (2024, 4, 31), (2024, 13, 1),
      (2024, 0, 1), (2024, 1, 0), (2024, 1, 32), (0, 1, 1),
    ])
  func nonexistent(year: Int, month: Int, day: Int) {
    #expect(CalendarDate(year: year, month: month, day: day) == nil)
  }

  @Test("29 February exists in 2000 and 2024 but not in 1900, 2023 or 2100")
  func leapYears() {
    #expect(CalendarDate.isLeap(2000))
    #expect(CalendarDate.isLeap(2024))
    #expect(!CalendarDate.isLeap(1900))
    #expect(!CalendarDate.isLeap(2023))
    #expect(!CalendarDate.isLeap(2100))
    #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
    #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
  }

  @Test(
    "the last day of each month, February by leap year",
    arguments: [
      (2024, 1, 31), (2024, 2, 29), (2023, 2, 28), (2024, 4, 30), (2024, 9, 30), (2024, 12, 31),
      (1900, 2, 28), (2000, 2, 29),
    ])
  func lastDayOfMonth(year: Int, month: Int, lastDay: Int) throws {
    let date = try #require(CalendarDate(lastDayOfMonth: month, year: year))
    #expect(date == Day.of(year, month, lastDay))
    #expect(Day.of(year, month, 1).lastOfMonth == date)
    #expect(Day.of(year, month, 15).lastOfMonth == date)
    #expect(date.firstOfMonth == Day.of(year, month, 1))
  }

  @Test("written as YYYY-MM-DD and YYYY-MM with zero padding")
  func written() {
    #expect(Day.of(2024, 9, 5).description == "2024-09-05")
    #expect(Day.of(999, 1, 2).description == "0999-01-02")
    #expect(Day.of(2024, 9, 5).monthDescription == "2024-09")
  }

  @Test("dates order by day")
  func ordering() {
    #expect(Day.of(2024, 12, 31) < Day.of(2025, 1, 1))
    #expect(Day.of(2024, 2, 29) < Day.of(2024, 3, 1))
    #expect(!(Day.of(2024, 3, 1) < Day.of(2024, 3, 1)))
  }
}
