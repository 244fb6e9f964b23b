/// The descriptions of exempt information in Part 1 of Schedule 12A to the Local Government
/// Act 1972: an item is taken in private under one of them, and the minutes' resolution to
/// exclude the press and public cites it.
public enum ExemptInformation {
  /// Paragraphs 1 to 7, each shortened as a board's agenda cites it.
  public static let paragraphs: [String] = [
    "Information relating to any individual",
    "Information likely to reveal the identity of an individual",
    "Information relating to the financial or business affairs of any particular person (including the authority)",
    "Information relating to consultations or negotiations on a labour relations matter",
    "Information subject to legal professional privilege",
    "Information about a proposed notice, order or direction under any enactment",
    "Information relating to the prevention, investigation or prosecution of crime",
  ]

  /// "paragraph 3 (Information relating to the financial …)"; `nil` for a number that is not
  /// a paragraph.
  public static func cited(_ paragraph: Int) -> String? {
    guard paragraphs.indices.contains(paragraph - 1) else { return nil }
    return "paragraph \(paragraph) (\(paragraphs[paragraph - 1]))"
  }
}
