/// A run of text in a paragraph, a list item, a heading or a table cell.
///
/// Text is plain: the writers escape it for their format. A line break inside a text
/// (CR LF, LF or CR) is kept as a line break, except in headings, where it is a space.
public enum Inline: Hashable, Sendable {
  case text(String)
  /// Text set in bold: a label ("Decision:").
  case strong(String)
  /// Text set in italics.
  case emphasis(String)
  /// A line break between runs.
  case lineBreak

  /// The run's words, without their styling.
  public var plainText: String {
    switch self {
    case .text(let text), .strong(let text), .emphasis(let text): text
    case .lineBreak: "\n"
    }
  }
}

extension Array where Element == Inline {
  /// The runs' words, without their styling: for properties, labels and alternatives.
  public var plainText: String { map(\.plainText).joined() }
}
