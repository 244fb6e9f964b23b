/// A day in the proleptic Gregorian calendar, with no time of day and no time zone.
///
/// Stored as a count of days since 1970-01-01 so that comparing dates and adding days are
/// integer operations; the year, month and day are derived when needed.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let dayNumber: Int32

  /// The date `dayNumber` days after 1970-01-01.
  public init(dayNumber: Int32) {
    self.dayNumber = dayNumber
  }

  /// The date with this year, month and day, or `nil` when no such day exists
  /// (2024-02-30, month 13).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.dayNumber = Int32(CalendarDate.daysFromCivil(year: year, month: month, day: day))
  }

  /// The last day of the month, as a date written `YYYY-MM` means.
  public init?(lastDayOfMonth month: Int, year: Int) {
    guard (1...12).contains(month) else { return nil }
    self.init(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
  }

  /// Year, month and day of this date.
  public var components: (year: Int, month: Int, day: Int) {
    CalendarDate.civil(fromDays: Int(dayNumber))
  }

  public var year: Int { components.year }
  public var month: Int { components.month }
  public var day: Int { components.day }

  /// The first day of this date's month.
  public var firstOfMonth: CalendarDate {
    let c = components
    return CalendarDate(dayNumber: dayNumber - Int32(c.day - 1))
  }

  /// The last day of this date's month.
  public var lastOfMonth: CalendarDate {
    let c = components
    return CalendarDate(
      dayNumber: dayNumber + Int32(CalendarDate.daysIn(month: c.month, year: c.year) - c.day))
  }

  /// The date `days` days later (earlier when negative), stopping at the first or last day
  /// that can be held rather than overflowing.
  public func adding(days: Int) -> CalendarDate {
    let (sum, overflowed) = Int(dayNumber).addingReportingOverflow(days)
    return CalendarDate(
      dayNumber: Int32(clamping: overflowed ? (days < 0 ? Int.min : Int.max) : sum))
  }

  /// Days from this date to `other` (positive when `other` is later).
  public func days(until other: CalendarDate) -> Int {
    Int(other.dayNumber) - Int(dayNumber)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let c = components
    return
      "\(CalendarDate.pad(c.year, 4))-\(CalendarDate.pad(c.month, 2))-\(CalendarDate.pad(c.day, 2))"
  }

  /// `YYYY-MM`, the month this date falls in.
  public var monthDescription: String {
    let c = components
    return "\(CalendarDate.pad(c.year, 4))-\(CalendarDate.pad(c.month, 2))"
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    lhs.dayNumber < rhs.dayNumber
  }

  /// Number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Whether `year` is a leap year in the Gregorian calendar.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  // Howard Hinnant's days_from_civil and civil_from_days.
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
