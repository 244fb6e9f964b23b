/// Reads the loose dates that plans copied from spreadsheets and PDFs contain (`31/8/24`,
/// `Sept-24`, `January 25`, `24-Apr`), only to suggest the form a plan file should hold.
/// A loose date is never accepted as a date.
public enum LooseDate {
  /// The `YYYY-MM-DD` or `YYYY-MM` a loose date most likely means, or `nil`.
  /// Day/month order is British (`31/8/24` is 31 August 2024); two-digit years are 20xx.
  public static func suggestion(for text: String) -> String? {
    let parts = text.split(whereSeparator: { " -/.,".contains($0) }).map(String.init)
    switch parts.count {
    case 3:
      // d/m/y, d Month y, y-m-d with single digits.
      if let first = Int(parts[0]), let third = Int(parts[2]) {
        if parts[0].count == 4, let month = Int(parts[1]) {
          return written(year: first, month: month, day: third)
        }
        let month = Int(parts[1]) ?? MonthName.number(of: parts[1])
        if let month { return written(year: fullYear(third), month: month, day: first) }
      }
    case 2:
      // Month-yy, Month yyyy, yy-Month, yyyy-m.
      if let month = MonthName.number(of: parts[0]), let year = Int(parts[1]) {
        return written(year: fullYear(year), month: month, day: nil)
      }
      if let year = Int(parts[0]), let month = MonthName.number(of: parts[1]) {
        return written(year: fullYear(year), month: month, day: nil)
      }
      if parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]) {
        return written(year: year, month: month, day: nil)
      }
    default:
      break
    }
    return nil
  }

  /// Whether the words mean the action has no end date ("Ongoing", "on-going", "in place").
  public static func means(ongoing text: String) -> Bool {
    let letters = text.lowercased().filter(\.isLetter)
    return letters.contains("ongoing")
  }

  private static func fullYear(_ year: Int) -> Int { year < 100 ? 2000 + year : year }

  private static func written(year: Int, month: Int, day: Int?) -> String? {
    guard let day else {
      return CalendarDate(lastDayOfMonth: month, year: year)?.monthDescription
    }
    return CalendarDate(year: year, month: month, day: day)?.description
  }
}
