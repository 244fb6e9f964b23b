/// What a cell holds, as the workbook stored it.
public enum CellValue: Sendable, Hashable {
  case text(String)
  case number(Double)
  case boolean(Bool)
  /// An error value such as `#REF!` or `#N/A`.
  case error(String)
}

/// A colour as a workbook writes it: red, green and blue from 0 to 255.
public struct RGBColor: Sendable, Hashable, CustomStringConvertible {
  public let red: Int
  public let green: Int
  public let blue: Int

  public init(red: Int, green: Int, blue: Int) {
    self.red = max(0, min(255, red))
    self.green = max(0, min(255, green))
    self.blue = max(0, min(255, blue))
  }

  /// Reads `RRGGBB` or `AARRGGBB` (the alpha is ignored, as Excel ignores it).
  public init?(hex: String) {
    let digits = hex.count == 8 ? String(hex.dropFirst(2)) : hex
    guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
    self.init(red: (value >> 16) & 0xFF, green: (value >> 8) & 0xFF, blue: value & 0xFF)
  }

  /// `RRGGBB`, upper case.
  public var hex: String {
    let value = (red << 16) | (green << 8) | blue
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: 6 - digits.count) + digits
  }

  public var description: String { "#" + hex }

  /// Hue in degrees (0..<360), saturation and lightness (0...1), as HSL defines them.
  public var hsl: (hue: Double, saturation: Double, lightness: Double) {
    let r = Double(red) / 255
    let g = Double(green) / 255
    let b = Double(blue) / 255
    let high = max(r, g, b)
    let low = min(r, g, b)
    let lightness = (high + low) / 2
    guard high > low else { return (0, 0, lightness) }
    let delta = high - low
    let saturation = delta / (1 - abs(2 * lightness - 1))
    var hue: Double
    if high == r {
      hue = ((g - b) / delta).truncatingRemainder(dividingBy: 6)
    } else if high == g {
      hue = (b - r) / delta + 2
    } else {
      hue = (r - g) / delta + 4
    }
    hue *= 60
    if hue < 0 { hue += 360 }
    return (hue, min(1, saturation), lightness)
  }

  /// The colour from hue, saturation and lightness.
  public init(hue: Double, saturation: Double, lightness: Double) {
    let chroma = (1 - abs(2 * lightness - 1)) * saturation
    let section = hue / 60
    let x = chroma * (1 - abs(section.truncatingRemainder(dividingBy: 2) - 1))
    let (r, g, b): (Double, Double, Double)
    switch section {
    case ..<1: (r, g, b) = (chroma, x, 0)
    case ..<2: (r, g, b) = (x, chroma, 0)
    case ..<3: (r, g, b) = (0, chroma, x)
    case ..<4: (r, g, b) = (0, x, chroma)
    case ..<5: (r, g, b) = (x, 0, chroma)
    default: (r, g, b) = (chroma, 0, x)
    }
    let m = lightness - chroma / 2
    self.init(
      red: Int(((r + m) * 255).rounded()), green: Int(((g + m) * 255).rounded()),
      blue: Int(((b + m) * 255).rounded()))
  }

  /// The colour lightened (tint above 0) or darkened (below 0) as Excel applies a theme
  /// colour's tint.
  public func tinted(_ tint: Double) -> RGBColor {
    guard tint != 0, tint.isFinite else { return self }
    var (hue, saturation, lightness) = hsl
    let tint = max(-1, min(1, tint))
    lightness = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint
    saturation = max(0, min(1, saturation))
    return RGBColor(hue: hue, saturation: saturation, lightness: max(0, min(1, lightness)))
  }
}

/// One cell of a sheet.
public struct Cell: Sendable, Hashable {
  /// What it holds; `nil` when empty (a formatted cell with nothing in it).
  public var value: CellValue?
  /// Whether its number format shows a date.
  public var isDate = false
  /// Whether that date format shows only a month and year: the cell means a month.
  public var isMonth = false
  /// Its solid fill colour, when it has one.
  public var fill: RGBColor?
  /// Whether it holds a formula.
  public var hasFormula = false

  public init(
    value: CellValue?, isDate: Bool = false, isMonth: Bool = false, fill: RGBColor? = nil,
    hasFormula: Bool = false
  ) {
    self.value = value
    self.isDate = isDate
    self.isMonth = isMonth
    self.fill = fill
    self.hasFormula = hasFormula
  }

  /// The text a person sees for a text cell; numbers and truth values as written.
  public var text: String? {
    switch value {
    case .text(let text): return text
    case .number(let number): return CellNumber.text(number)
    case .boolean(let flag): return flag ? "TRUE" : "FALSE"
    case .error(let code): return code
    case nil: return nil
    }
  }

  /// Whether nothing is written in it (a fill alone leaves it empty).
  public var isBlank: Bool {
    guard let value else { return true }
    if case .text(let text) = value {
      return !text.unicodeScalars.contains { !$0.properties.isWhitespace }
    }
    return false
  }
}

/// Numbers written as people write them: whole numbers without a decimal point.
enum CellNumber {
  static func text(_ number: Double) -> String {
    if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
      return String(Int64(number))
    }
    return String(number)
  }
}
