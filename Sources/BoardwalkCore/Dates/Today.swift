import Foundation

extension CalendarDate {
  /// Today's date in the machine's local time zone.
  public static func today() -> CalendarDate {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? CalendarDate(dayNumber: 0)
  }

  /// Reads `YYYY-MM-DD` as given to `--today`.
  public init(parsingDay text: String) throws(DateProblem) {
    let date = try PlanDate(parsing: text)
    guard date.precision == .day else {
      throw .notADate(text, suggestion: date.description)
    }
    self = date.date
  }
}
