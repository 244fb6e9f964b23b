import BoardwalkCore
import Foundation

/// The order of day, month and year in dates written as numbers (`29/01/26`).
public enum DateOrder: String, Sendable, CaseIterable {
  /// Day, month, year: the United Kingdom's order, and the default.
  case dmy
  /// Month, day, year: American trackers and Planner exports.
  case mdy
}

/// Reads the dates trackers hold: Excel serial numbers (1900 and 1904 workbooks), text in
/// UK order (`29/01/26`, `31/8/24`), ISO dates, and the loose words of real plans
/// (`Sept-24`, `January 25`, `Review August 2024`, `TBC`, `Ongoing`).
enum TrackerDates {
  /// A cell read as a due date: the date (or `ongoing`, `tbc`), and the source's words when
  /// they differ from the date as a plan file writes it.
  struct Reading: Equatable {
    var due: DueDate?
    var words: String?
    /// The words held no date, so the due date is `tbc` (reported).
    var noDateInWords = false
    /// Why the cell could not be read, when it could not.
    var problem: String?
  }

  /// Serial numbers Excel can show as dates: 1900-01-01 to 9999-12-31.
  static let serialRange = 1.0...2_958_465.0

  /// The calendar date of an Excel serial number.
  static func date(serial: Double, uses1904: Bool) -> CalendarDate? {
    guard serial.isFinite, serialRange.contains(serial) else { return nil }
    let days = Int(serial.rounded(.down))
    if uses1904 {
      return CalendarDate(year: 1904, month: 1, day: 1)?.adding(days: days)
    }
    // Excel counts 1900 as a leap year (serial 60 is 29 February 1900, which never was):
    // serials from 61 on are days since 30 December 1899.
    guard days != 60 else { return CalendarDate(year: 1900, month: 2, day: 28) }
    let base =
      days < 60
      ? CalendarDate(year: 1899, month: 12, day: 31) : CalendarDate(year: 1899, month: 12, day: 30)
    return base?.adding(days: days)
  }

  /// The Excel serial number of a date (1900 system), as a workbook stores date cells.
  static func serial(of date: CalendarDate) -> Int {
    let base = CalendarDate(year: 1899, month: 12, day: 30) ?? CalendarDate(dayNumber: -25_569)
    return base.days(until: date)
  }

  /// Reads a cell as a due date.
  static func due(_ cell: Cell, uses1904: Bool, order: DateOrder) -> Reading {
    switch cell.value {
    case .number(let number):
      guard let date = date(serial: number, uses1904: uses1904) else {
        return Reading(problem: "the number \(CellNumber.text(number)) is not a date")
      }
      return Reading(due: .date(PlanDate(date, precision: cell.isMonth ? .month : .day)))
    case .text(let text): return due(text: text, order: order)
    case .boolean, .error:
      return Reading(problem: "\"\(cell.text ?? "")\" is not a date")
    case nil:
      return Reading()
    }
  }

  /// Reads the words of a due date.
  static func due(text raw: String, order: DateOrder) -> Reading {
    let words = Tidy.line(raw)
    guard !words.isEmpty else { return Reading() }
    // The common forms first: an ISO date, a date as trackers write one (`29/01/26`,
    // `Sept-24`).
    if let date = isoDate(words) { return Reading(due: .date(date)) }
    if let date = looseDate(words, order: order) {
      return Reading(due: .date(date), words: words)
    }
    let normal = HeaderVocabulary.normalise(words)
    if ["tbc", "tba", "to be confirmed", "to be agreed", "tbd"].contains(normal) {
      return Reading(due: .tbc, words: words)
    }
    if LooseDate.means(ongoing: words)
      || ongoingWords.contains(where: { normal.firstRange(of: $0) != nil })
    {
      return Reading(due: .ongoing, words: words)
    }
    if let date = planDate(in: withoutOrdinals(words), order: order) {
      return Reading(due: .date(date), words: words)
    }
    return Reading(due: .tbc, words: words, noDateInWords: true)
  }

  /// Reads a cell as a start date: only a date will do.
  static func start(_ cell: Cell, uses1904: Bool, order: DateOrder) -> (PlanDate?, String?) {
    let reading = due(cell, uses1904: uses1904, order: order)
    if case .date(let date) = reading.due, !reading.noDateInWords { return (date, nil) }
    if let problem = reading.problem { return (nil, problem) }
    guard let text = cell.text, !text.isEmpty else { return (nil, nil) }
    return (nil, "\"\(text)\" is not a date")
  }

  /// Words that mean the action runs on with no end.
  private static let ongoingWords = [
    "ongoing", "on going", "continuous", "business as usual", "quarterly", "monthly", "termly",
    "annually", "every board", "six monthly", "weekly", "each term", "each meeting",
  ]

  /// `2024-09-30`, `2024-09` or an ISO time stamp (`2024-09-30T00:00:00`).
  static func isoDate(_ text: String) -> PlanDate? {
    var text = text
    if text.count > 10, text.count <= 32,
      let tee = text.firstIndex(where: { $0 == "T" || $0 == " " }),
      text.distance(from: text.startIndex, to: tee) == 10
    {
      text = String(text[..<tee])
    }
    guard text.count == 10 || text.count == 7, text.first?.isNumber == true else { return nil }
    return try? PlanDate(parsing: text)
  }

  /// The date somewhere in the words: a whole date (`31/8/24`), else a month and year
  /// (`Sept-24`, `January 25`, `24-Apr`); the last when there are several (`Jan—Mar 25`).
  static func planDate(in text: String, order: DateOrder) -> PlanDate? {
    if let whole = looseDate(text, order: order) { return whole }
    let tokens = text.split { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" }
      .map { $0.trimmed(of: [".", ":", ";"]) }
    var found: PlanDate?
    for token in tokens {
      if let date = looseDate(token, order: order) { found = date }
    }
    if let found { return found }
    // A month name and a year in separate words: "Review August 2024", "Jan—Mar 25"; or a
    // month, day and year, as Americans write them: "Jan 29, 2026".
    let pieces = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    for (index, piece) in pieces.enumerated() {
      guard let month = MonthName.number(of: piece), index + 1 < pieces.count,
        let next = Int(pieces[index + 1])
      else { continue }
      if index + 2 < pieces.count, pieces[index + 1].count <= 2, pieces[index + 2].count == 4,
        let year = Int(pieces[index + 2]),
        let date = CalendarDate(year: year, month: month, day: next)
      {
        found = PlanDate(date)
        continue
      }
      guard pieces[index + 1].count == 2 || pieces[index + 1].count == 4 else { continue }
      let fullYear = next < 100 ? 2000 + next : next
      if let date = CalendarDate(lastDayOfMonth: month, year: fullYear) {
        found = PlanDate(date, precision: .month)
      }
    }
    return found
  }

  /// The words with ordinal endings taken off numbers: `29th January` is `29 January`.
  static func withoutOrdinals(_ text: String) -> String {
    guard text.contains(where: \.isNumber) else { return text }
    let characters = Array(text)
    var result = ""
    var index = 0
    while index < characters.count {
      if characters[index].isLetter, index > 0, characters[index - 1].isNumber,
        index + 1 < characters.count,
        ["st", "nd", "rd", "th"].contains(String(characters[index...index + 1]).lowercased()),
        index + 2 == characters.count || !characters[index + 2].isLetter
      {
        index += 2
        continue
      }
      result.append(characters[index])
      index += 1
    }
    return result
  }

  /// One loose date: `31/8/24`, `29/01/2026`, `Sept-24`, `January 25`, `24-Apr`.
  private static func looseDate(_ text: String, order: DateOrder) -> PlanDate? {
    var text = text
    if order == .mdy {
      let parts = text.split(whereSeparator: { "/.-".contains($0) })
      if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
        text = "\(parts[1])/\(parts[0])/\(parts[2])"
      }
    }
    guard let suggestion = LooseDate.suggestion(for: text) else { return nil }
    return try? PlanDate(parsing: suggestion)
  }

  /// The date a progress note begins with (`27/06/24: ...`, `Jun-24 - ...`), and the rest.
  static func leadingDate(_ text: String, order: DateOrder) -> (PlanDate, String)? {
    let trimmed = text.trimmed
    guard
      let separator = trimmed.firstIndex(where: { $0 == ":" || $0 == "–" || $0 == "—" })
        ?? trimmed.firstRange(of: " - ")?.lowerBound,
      trimmed.distance(from: trimmed.startIndex, to: separator) <= 18
    else { return nil }
    let head = trimmed[..<separator].trimmed
    guard let date = isoDate(head) ?? looseDate(head, order: order) else { return nil }
    var rest = trimmed[trimmed.index(after: separator)...]
    if rest.hasPrefix("- ") || rest.hasPrefix("-") { rest = rest.dropFirst() }
    return (date, rest.trimmed)
  }
}
