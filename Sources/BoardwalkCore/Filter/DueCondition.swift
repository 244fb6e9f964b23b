/// What a `due:` value asks of an action's due date.
public enum DueCondition: Sendable, Hashable {
  /// Dated, before today, and not done.
  case overdue
  /// No date at all, `ongoing` or `tbc`.
  case none
  case ongoing
  case tbc
  /// Due from today to today plus this many days, inclusive.
  case within(days: Int)
  /// Due on a day in this range, inclusive; an open end has no bound.
  case between(CalendarDate?, CalendarDate?)

  /// Reads a `due:` value: `overdue`, `none`, `ongoing`, `tbc`, `Nd`, `YYYY-MM`,
  /// `YYYY-MM-DD`, or a range `A..B`, `..B`, `A..` of those dates.
  /// - Returns: the condition, or a message saying what was expected.
  public static func parse(_ text: String) -> Result<DueCondition, DueConditionProblem> {
    let lower = text.lowercased()
    switch lower {
    case "overdue": return .success(.overdue)
    case "none": return .success(.none)
    case "ongoing": return .success(.ongoing)
    case "tbc": return .success(.tbc)
    default: break
    }
    if lower.hasSuffix("d"), lower.dropLast().allSatisfy(\.isASCII),
      lower.dropLast().allSatisfy(\.isNumber),
      let days = Int(lower.dropLast()), days <= 36_500
    {
      return .success(.within(days: days))
    }
    if let dots = lower.firstRange(of: "..") {
      let lowerText = String(lower[..<dots.lowerBound])
      let upperText = String(lower[dots.upperBound...])
      if lowerText.isEmpty && upperText.isEmpty {
        return .failure(
          .init(offset: 0, message: "a range needs a date on at least one side of \"..\""))
      }
      var from: CalendarDate?
      var to: CalendarDate?
      if !lowerText.isEmpty {
        switch bound(lowerText) {
        case .success(let date): from = date.firstOfMonthIfMonth
        case .failure(let problem): return .failure(problem)
        }
      }
      if !upperText.isEmpty {
        switch bound(upperText) {
        case .success(let date): to = date.date
        case .failure(let problem):
          return .failure(
            .init(offset: lowerText.count + 2 + problem.offset, message: problem.message))
        }
      }
      if let from, let to, from > to {
        return .failure(
          .init(offset: 0, message: "the range starts (\(from)) after it ends (\(to))"))
      }
      return .success(.between(from, to))
    }
    switch bound(lower) {
    case .success(let date): return .success(.between(date.firstOfMonthIfMonth, date.date))
    case .failure(let problem): return .failure(problem)
    }
  }

  private static func bound(_ text: String) -> Result<PlanDate, DueConditionProblem> {
    do {
      return .success(try PlanDate(parsing: text))
    } catch {
      if case .notADate = error {
        return .failure(
          .init(
            offset: 0,
            message:
              "\"\(text)\" is not a due filter (use overdue, none, ongoing, tbc, 30d, 2024-09, 2024-09-30 or a range such as 2024-09..2024-12)"
          ))
      }
      return .failure(.init(offset: 0, message: error.description))
    }
  }
}

/// Why a `due:` value could not be read; `offset` is in characters from the value's start.
public struct DueConditionProblem: Error, Sendable, Hashable {
  public let offset: Int
  public let message: String
}

extension PlanDate {
  /// For a month, its first day; for a day, the day: the lower end of a range.
  fileprivate var firstOfMonthIfMonth: CalendarDate {
    precision == .month ? date.firstOfMonth : date
  }
}
