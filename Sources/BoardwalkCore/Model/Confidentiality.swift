/// How a confidential action reads wherever it is listed: the same mark and the same words
/// on screen, in `list` and `summary`, and in minutes, so the fact reads the same everywhere.
public enum Confidentiality {
  /// Put before the title of a confidential action in tables and lists: it reads without
  /// colour, and the help's legend explains it.
  public static let mark = "[C]"

  /// What shows instead of a confidential action's title where its text is withheld (public
  /// mode, `--public`): the action is still counted.
  public static let withheldTitle = "Confidential item (exempt information)"

  /// A title as a list shows it: marked when confidential, withheld when `isPublic`.
  public static func title(_ title: String, isConfidential: Bool, isPublic: Bool) -> String {
    guard isConfidential else { return title }
    return mark + " " + (isPublic ? withheldTitle : title)
  }

  /// The sentence that says how many of the actions shown are confidential (`nil` when none
  /// are), as list and summary print it.
  public static func note(confidential: Int, of total: Int, isPublic: Bool) -> String? {
    guard confidential > 0 else { return nil }
    let verb = confidential == 1 ? "is" : "are"
    let how =
      isPublic
      ? "counted here with \(confidential == 1 ? "its" : "their") text withheld"
      : "marked \(mark): not for publication (--public withholds \(confidential == 1 ? "its" : "their") text)"
    return
      "\(confidential) of the \(total) action\(total == 1 ? "" : "s") \(verb) confidential, \(how)"
  }
}
