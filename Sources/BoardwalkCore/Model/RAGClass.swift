/// The class a rating belongs to, whatever the scale calls it; `unrated` is the class of an
/// action with no status. The order of the cases is the order of the heat map's columns.
public enum RAGClass: String, CaseIterable, Sendable, Hashable, Comparable {
  case red
  case amber
  case green
  case blue
  case grey
  case unrated

  /// The classes a scale level may have (every case but ``unrated``).
  public static let ratable: [RAGClass] = [.red, .amber, .green, .blue, .grey]

  /// One letter that carries the class without colour, for screens, tables and minutes.
  public var letter: Character {
    switch self {
    case .red: "R"
    case .amber: "A"
    case .green: "G"
    case .blue: "B"
    case .grey: "N"
    case .unrated: "-"
    }
  }

  /// A word for people: "Red", "Not rated".
  public var title: String {
    switch self {
    case .red: "Red"
    case .amber: "Amber"
    case .green: "Green"
    case .blue: "Blue"
    case .grey: "Grey"
    case .unrated: "Unrated"
    }
  }

  /// Position in triage order: red first, unrated last.
  public var rank: Int {
    switch self {
    case .red: 0
    case .amber: 1
    case .green: 2
    case .blue: 3
    case .grey: 4
    case .unrated: 5
    }
  }

  public static func < (lhs: RAGClass, rhs: RAGClass) -> Bool { lhs.rank < rhs.rank }
}
