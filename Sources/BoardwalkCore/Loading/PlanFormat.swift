/// Facts about the plan file format that more than one part of Boardwalk needs.
public enum PlanFormat {
  /// The value of a plan file's `format` field.
  public static let identifier = "boardwalk-plan/1"

  /// How many levels deep areas may be nested (an area without a parent is level 1). Every
  /// action counts for its area's whole chain of parents, so deeper chains would multiply
  /// what is stored and counted for each action; plans use two or three levels.
  public static let maximumAreaLevels = 16

  /// Whether a scale level key has the allowed form: letters, digits, `.`, `_` and `-`,
  /// starting with a letter or digit.
  public static func isKey(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first.isASCIIAlphanumeric else { return false }
    return text.unicodeScalars.allSatisfy {
      $0.isASCIIAlphanumeric || $0 == "." || $0 == "_" || $0 == "-"
    }
  }
}

extension Unicode.Scalar {
  fileprivate var isASCIIAlphanumeric: Bool {
    (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
  }
}
