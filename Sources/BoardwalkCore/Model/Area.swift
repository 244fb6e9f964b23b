/// What kind of area an area is. Plans use other words too; those are kept as written.
public enum AreaKind: Sendable, Hashable, CustomStringConvertible {
  /// An area for priority action, a strategic priority, a commitment.
  case priority
  /// An area for improvement.
  case improvement
  /// Any other word the plan uses (`objective`, `recommendation`).
  case other(String)

  public init(_ word: String) {
    switch word.lowercased() {
    case "priority": self = .priority
    case "improvement": self = .improvement
    default: self = .other(word)
    }
  }

  public var description: String {
    switch self {
    case .priority: "priority"
    case .improvement: "improvement"
    case .other(let word): word
    }
  }
}

/// An area of a plan: an area for priority action, an area for improvement, a strategic
/// priority, a commitment or an objective beneath one.
public struct Area: Sendable, Hashable {
  public let id: String
  public let kind: AreaKind?
  public let title: String
  /// The index, in its plan's areas, of the area this one sits under.
  public let parent: Int?
  public let lead: String?
  public let description: String?

  public init(
    id: String, kind: AreaKind? = nil, title: String, parent: Int? = nil, lead: String? = nil,
    description: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.parent = parent
    self.lead = lead
    self.description = description
  }
}
