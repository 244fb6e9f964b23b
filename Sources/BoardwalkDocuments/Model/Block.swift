/// A block of a document's body.
public enum Block: Hashable, Sendable {
  case paragraph([Inline])
  /// A bulleted list: each item a line of runs.
  case bulletList([[Inline]])
  case table(Table)
  case figure(Figure)
  case signature(SignatureLine)

  /// A paragraph of plain text.
  public static func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }
}

/// Where a person signs a paper: approved minutes end with the chair's signature.
public struct SignatureLine: Hashable, Sendable {
  /// Who signs ("Chair").
  public var role: String

  public init(role: String) { self.role = role }

  /// The leader drawn where the signature and the date go, in formats without ruled lines.
  public static let leader = String(repeating: "…", count: 20)
}
