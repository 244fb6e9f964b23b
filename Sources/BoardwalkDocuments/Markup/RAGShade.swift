import BoardwalkCore

/// The colours a RAG rating is shaded in, where a format has colour: a fill and a text
/// colour with a contrast of at least 4.5 to 1 (WCAG AA for text). The letter is always
/// written too, so nothing depends on the colour.
struct RAGShade: Hashable, Sendable {
  /// `RRGGBB`, hexadecimal.
  let fill: String
  /// `RRGGBB`, hexadecimal.
  let text: String

  static func of(_ rag: RAGClass) -> RAGShade {
    switch rag {
    case .red: RAGShade(fill: "B3261E", text: "FFFFFF")
    case .amber: RAGShade(fill: "F2B200", text: "000000")
    case .green: RAGShade(fill: "1E6B34", text: "FFFFFF")
    case .blue: RAGShade(fill: "1F4E9C", text: "FFFFFF")
    case .grey: RAGShade(fill: "C4C4C4", text: "000000")
    case .unrated: RAGShade(fill: "FFFFFF", text: "000000")
    }
  }
}
