/// How a cell is drawn: colours and attributes.
public struct CellStyle: Hashable, Sendable {
  public var foreground: TerminalColor
  public var background: TerminalColor
  public var isBold: Bool
  public var isDim: Bool
  public var isUnderlined: Bool
  public var isReversed: Bool
  public var isItalic: Bool

  public init(
    foreground: TerminalColor = .default, background: TerminalColor = .default, bold: Bool = false,
    dim: Bool = false, underline: Bool = false, reverse: Bool = false, italic: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.isBold = bold
    self.isDim = dim
    self.isUnderlined = underline
    self.isReversed = reverse
    self.isItalic = italic
  }

  /// The terminal's own colours, no attributes.
  public static let plain = CellStyle()

  /// This style with its colours dropped, attributes kept (for `NO_COLOR`).
  public var withoutColor: CellStyle {
    var style = self
    style.foreground = .default
    style.background = .default
    return style
  }
}
