extension CalendarDate {
  /// "30 Sep 2024".
  public var readable: String {
    let (year, month, day) = components
    // Joined rather than interpolated: short enough to need no allocation, and minutes
    // write one for tens of thousands of actions.
    return String(day) + " " + MonthName.short[month - 1] + " " + String(year)
  }
}

extension PlanDate {
  /// "30 Sep 2024", or "Sep 2024" for a month.
  public var readable: String {
    let (year, month, _) = date.components
    return precision == .month ? "\(MonthName.short[month - 1]) \(year)" : date.readable
  }
}

extension DueDate {
  /// "30 Sep 2024", "Sep 2024", "ongoing" or "to be confirmed".
  public var readable: String {
    switch self {
    case .date(let date): date.readable
    case .ongoing: "ongoing"
    case .tbc: "to be confirmed"
    }
  }
}
