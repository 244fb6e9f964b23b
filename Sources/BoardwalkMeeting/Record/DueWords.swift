import BoardwalkCore

/// A due date as minutes and plan updates word it: "Jun 2027", "ongoing", "no date".
public enum DueWords {
  /// `due` (as a plan writes one) in words; "no date" when there is none.
  public static func readable(_ due: String?) -> String {
    guard let due else { return "no date" }
    return (try? DueDate(parsing: due).readable) ?? due
  }
}
