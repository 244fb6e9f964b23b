@testable import BoardwalkCore

/// Short ways to write the dates fixtures need.
enum Day {
  /// The calendar day `year`-`month`-`day`; traps on a typo in a fixture.
  static func of(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    guard let date = CalendarDate(year: year, month: month, day: day) else {
      fatalError("fixture date \(year)-\(month)-\(day) does not exist")
    }
    return date
  }

  /// A due date of a whole day.
  static func due(_ year: Int, _ month: Int, _ day: Int) -> DueDate {
    .date(PlanDate(of(year, month, day), precision: .day))
  }

  /// A due date written as a month (`2024-09`), meaning its last day.
  static func dueMonth(_ year: Int, _ month: Int) -> DueDate {
    .date(PlanDate(of(year, month, 1), precision: .month))
  }
}
