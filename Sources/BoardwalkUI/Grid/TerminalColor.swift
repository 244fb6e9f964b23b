/// A colour a terminal can show: its own default, or one of the 256 indexed colours
/// (0-7 the basic colours, 8-15 their bright forms, 16-231 a 6x6x6 cube, 232-255 greys).
public enum TerminalColor: Hashable, Sendable {
  case `default`
  case indexed(UInt8)

  /// The nearest of the eight basic colours, for terminals that have only eight.
  public var basic: TerminalColor {
    guard case .indexed(let index) = self else { return self }
    if index < 8 { return self }
    if index < 16 { return .indexed(index - 8) }
    let (r, g, b) = TerminalColor.rgb(ofIndex: index)
    var best: (index: UInt8, distance: Int) = (0, .max)
    for candidate in UInt8(0)..<8 {
      let (cr, cg, cb) = TerminalColor.basicRGB[Int(candidate)]
      let distance = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb)
      if distance < best.distance { best = (candidate, distance) }
    }
    return .indexed(best.index)
  }

  /// The indexed colour nearest to an RGB colour (for `#RRGGBB` in themes).
  public static func nearest(red: Int, green: Int, blue: Int) -> TerminalColor {
    var best: (index: UInt8, distance: Int) = (16, .max)
    for index in UInt8(16)...UInt8(255) {
      let (r, g, b) = rgb(ofIndex: index)
      let distance = (r - red) * (r - red) + (g - green) * (g - green) + (b - blue) * (b - blue)
      if distance < best.distance { best = (index, distance) }
    }
    return .indexed(best.index)
  }

  /// Red, green and blue from 0 to 255 as xterm shows the colour; `nil` for the terminal's
  /// own default (for drawing the theme's colours elsewhere: a workbook's cells).
  public var rgb: (red: Int, green: Int, blue: Int)? {
    guard case .indexed(let index) = self else { return nil }
    return TerminalColor.rgb(ofIndex: index)
  }

  private static let basicRGB = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
    (229, 229, 229),
  ]

  private static func rgb(ofIndex index: UInt8) -> (Int, Int, Int) {
    switch index {
    case 0..<8: return basicRGB[Int(index)]
    case 8..<16:
      let (r, g, b) = basicRGB[Int(index - 8)]
      return (min(255, r + 50), min(255, g + 50), min(255, b + 50))
    case 16..<232:
      let cube = Int(index) - 16
      let levels = [0, 95, 135, 175, 215, 255]
      return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    default:
      let grey = 8 + (Int(index) - 232) * 10
      return (grey, grey, grey)
    }
  }
}
