/// English month names, as plans and minutes write them.
public enum MonthName {
  /// "January" ... "December".
  public static let full = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// "Jan" ... "Dec".
  public static let short = full.map { String($0.prefix(3)) }

  /// The month number (1...12) a word names: full names, three-letter abbreviations and
  /// "Sept", in any case.
  public static func number(of word: some StringProtocol) -> Int? {
    let lower = word.lowercased()
    guard lower.count >= 3 else { return nil }
    if lower == "sept" { return 9 }
    for (index, name) in full.enumerated() {
      let name = name.lowercased()
      if lower == name || lower == name.prefix(3) { return index + 1 }
    }
    return nil
  }
}
