/// A date as a plan file writes it: a whole day (`2024-09-30`) or a month (`2024-09`), which
/// means the last day of that month.
public struct PlanDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// How precisely the plan gave the date.
  public enum Precision: Sendable, Hashable {
    case day
    case month
  }

  /// The day the date stands for: for a month, its last day.
  public let date: CalendarDate
  public let precision: Precision

  public init(_ date: CalendarDate, precision: Precision = .day) {
    self.date = precision == .month ? date.lastOfMonth : date
    self.precision = precision
  }

  /// Reads `YYYY-MM-DD` or `YYYY-MM`.
  ///
  /// - Throws: ``DateProblem`` saying why the text is not a date, with a suggested fix when
  ///   the text looks like a loose date (`31/8/24`, `Sept-24`).
  public init(parsing text: String) throws(DateProblem) {
    var text = text
    let parsed = text.withUTF8 { Self.fields(of: $0) }
    guard let parsed else { throw .notADate(text, suggestion: LooseDate.suggestion(for: text)) }
    guard (1...12).contains(parsed.month) else { throw .noSuchMonth(text, month: parsed.month) }
    guard let day = parsed.day else {
      guard let last = CalendarDate(lastDayOfMonth: parsed.month, year: parsed.year) else {
        throw .notADate(text, suggestion: nil)
      }
      self.init(last, precision: .month)
      return
    }
    guard let date = CalendarDate(year: parsed.year, month: parsed.month, day: day) else {
      throw .noSuchDay(text, year: parsed.year, month: parsed.month)
    }
    self.init(date, precision: .day)
  }

  /// The date these bytes write, when they are a valid `YYYY-MM-DD` or `YYYY-MM` (the fast
  /// path for reading files; ``init(parsing:)`` says what is wrong otherwise).
  init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard let fields = Self.fields(of: bytes), (1...12).contains(fields.month) else { return nil }
    guard let day = fields.day else {
      guard let last = CalendarDate(lastDayOfMonth: fields.month, year: fields.year) else {
        return nil
      }
      self.init(last, precision: .month)
      return
    }
    guard let date = CalendarDate(year: fields.year, month: fields.month, day: day) else {
      return nil
    }
    self.init(date, precision: .day)
  }

  /// The numbers of a `YYYY-MM-DD` or `YYYY-MM` written in ASCII digits, not yet checked
  /// against the calendar; `nil` when the bytes do not have that shape.
  private static func fields(
    of bytes: UnsafeBufferPointer<UInt8>
  ) -> (year: Int, month: Int, day: Int?)? {
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = bytes[index] &- 0x30
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    guard bytes.count == 7 || bytes.count == 10, bytes[4] == UInt8(ascii: "-"),
      let year = number(0..<4), let month = number(5..<7)
    else { return nil }
    if bytes.count == 7 { return (year, month, nil) }
    guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10) else { return nil }
    return (year, month, day)
  }

  /// The date as a plan file writes it: `YYYY-MM-DD`, or `YYYY-MM` for a month.
  public var written: String {
    precision == .month ? date.monthDescription : date.description
  }

  /// The full date, `YYYY-MM-DD` (for a month, its last day).
  public var description: String { date.description }

  public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool { lhs.date < rhs.date }
}

/// When an action is due: a date, or one of the words plans use instead of one.
/// An action with no `due` at all has a `nil` ``DueDate``.
public enum DueDate: Hashable, Sendable, CustomStringConvertible {
  case date(PlanDate)
  case ongoing
  case tbc

  /// Reads `YYYY-MM-DD`, `YYYY-MM`, `ongoing` or `tbc` (the words in any case).
  public init(parsing text: String) throws(DateProblem) {
    switch text.lowercased() {
    case "ongoing": self = .ongoing
    case "tbc": self = .tbc
    default:
      do {
        self = .date(try PlanDate(parsing: text))
      } catch {
        if case .notADate(let written, _) = error, LooseDate.means(ongoing: text) {
          throw .notADate(written, suggestion: "ongoing")
        }
        throw error
      }
    }
  }

  /// The day the action is due, when it has one.
  public var calendarDate: CalendarDate? {
    if case .date(let date) = self { return date.date }
    return nil
  }

  /// `YYYY-MM-DD`, `ongoing` or `tbc`.
  public var description: String {
    switch self {
    case .date(let date): date.description
    case .ongoing: "ongoing"
    case .tbc: "tbc"
    }
  }

  /// As a plan file writes it: `YYYY-MM` stays a month.
  public var written: String {
    if case .date(let date) = self { return date.written }
    return description
  }
}

/// Why a text is not a date a plan file can hold.
public enum DateProblem: Error, Equatable, Sendable, CustomStringConvertible {
  case notADate(String, suggestion: String?)
  case noSuchMonth(String, month: Int)
  case noSuchDay(String, year: Int, month: Int)

  public var description: String {
    switch self {
    case .notADate(let text, let suggestion):
      if let suggestion {
        return
          "\"\(text)\" is not a date (write \(suggestion), and keep the source's words in dueText)"
      }
      return "\"\(text)\" is not a date (use YYYY-MM-DD, or YYYY-MM for the end of a month)"
    case .noSuchMonth(let text, let month):
      return "\"\(text)\" is not a date: there is no month \(month) (months run 01 to 12)"
    case .noSuchDay(let text, let year, let month):
      let days = CalendarDate.daysIn(month: month, year: year)
      return
        "\"\(text)\" is not a date: \(MonthName.full[month - 1]) \(year) has \(days) days"
    }
  }
}
