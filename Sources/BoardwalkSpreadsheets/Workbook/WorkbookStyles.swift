import Foundation

/// What the import needs of a workbook's styles: for each cell style, whether its number
/// format shows a date, and its fill colour.
struct WorkbookStyles {
  struct CellStyle {
    var isDate = false
    /// A date format that shows no day (`mmm yyyy`): the cell means a month.
    var isMonth = false
    var fill: RGBColor?
  }

  private(set) var cellStyles: [CellStyle] = []

  func style(_ index: Int?) -> CellStyle {
    guard let index, cellStyles.indices.contains(index) else { return CellStyle() }
    return cellStyles[index]
  }

  /// Reads `styles.xml`, resolving theme colours through `theme`.
  static func parse(_ data: Data, part: String, theme: ThemeColors) throws(WorkbookError)
    -> WorkbookStyles
  {
    var formats: [Int: String] = [:]
    var fills: [RGBColor?] = []
    var indexed = IndexedColors.standard
    var customIndexed: [RGBColor] = []
    var xfs: [(numFmt: Int, fill: Int)] = []
    var inCellXfs = false
    var inFill = false
    var fillPattern: String?
    var fillColor: ColorSpec?
    var inIndexedColors = false
    try XMLEvents.parse(
      data, part: part,
      start: { name, attributes in
        switch name {
        case "numFmt":
          if let id = attributes["numFmtId"].flatMap({ Int($0) }),
            let code = attributes["formatCode"]
          {
            formats[id] = code
          }
        case "fill":
          inFill = true
          fillPattern = nil
          fillColor = nil
        case "patternFill":
          fillPattern = attributes["patternType"] ?? "none"
        case "fgColor" where inFill:
          fillColor = ColorSpec(attributes)
        case "bgColor" where inFill && fillColor == nil:
          // A solid fill's colour is its foreground; some writers give only a background.
          fillColor = ColorSpec(attributes)
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs:
          xfs.append(
            (
              Int(attributes["numFmtId"] ?? "0") ?? 0,
              Int(attributes["fillId"] ?? "0") ?? 0
            ))
        case "indexedColors": inIndexedColors = true
        case "rgbColor" where inIndexedColors:
          if let color = attributes["rgb"].flatMap(RGBColor.init(hex:)) {
            customIndexed.append(color)
          }
        default: break
        }
      },
      end: { name in
        switch name {
        case "fill":
          inFill = false
          let solid =
            fillPattern.map { $0 != "none" && $0 != "gray125" && $0 != "gray0625" } ?? false
          fills.append(
            solid ? fillColor.flatMap { $0.resolve(theme: theme, indexed: indexed) } : nil)
        case "cellXfs": inCellXfs = false
        case "indexedColors":
          inIndexedColors = false
          if !customIndexed.isEmpty { indexed = customIndexed }
        default: break
        }
      })
    var styles = WorkbookStyles()
    styles.cellStyles = xfs.map { xf in
      CellStyle(
        isDate: NumberFormat.showsDate(id: xf.numFmt, code: formats[xf.numFmt]),
        isMonth: NumberFormat.showsMonthOnly(id: xf.numFmt, code: formats[xf.numFmt]),
        fill: fills.indices.contains(xf.fill) ? fills[xf.fill] : nil)
    }
    return styles
  }
}

/// A colour as styles write it: by value, by theme slot (with a tint) or by palette index.
struct ColorSpec {
  var rgb: RGBColor?
  var theme: Int?
  var tint: Double = 0
  var indexed: Int?

  init(_ attributes: [String: String]) {
    rgb = attributes["rgb"].flatMap(RGBColor.init(hex:))
    theme = attributes["theme"].flatMap { Int($0) }
    tint = attributes["tint"].flatMap { Double($0) } ?? 0
    indexed = attributes["indexed"].flatMap { Int($0) }
  }

  func resolve(theme themeColors: ThemeColors, indexed palette: [RGBColor]) -> RGBColor? {
    if let rgb { return rgb.tinted(tint) }
    if let theme, let color = themeColors.color(theme) { return color.tinted(tint) }
    if let indexed, palette.indices.contains(indexed) { return palette[indexed] }
    return nil
  }
}

/// Which number formats show dates: Excel's built-in date formats, and any format whose
/// code writes days, months or years outside quotes and brackets.
enum NumberFormat {
  static func showsDate(id: Int, code: String?) -> Bool {
    if let code { return codeShowsDate(code) }
    return (14...22).contains(id) || (27...36).contains(id) || (50...58).contains(id)
  }

  /// A date format without a day: `mmm yyyy`, `mmm-yy` (built-in 17).
  static func showsMonthOnly(id: Int, code: String?) -> Bool {
    guard showsDate(id: id, code: code) else { return false }
    guard let code else { return id == 17 }
    var inQuotes = false
    var inBrackets = false
    for character in code {
      switch character {
      case "\"": inQuotes.toggle()
      case "[" where !inQuotes: inBrackets = true
      case "]" where !inQuotes: inBrackets = false
      case "d", "D":
        if !inQuotes && !inBrackets { return false }
      case ";" where !inQuotes: return true
      default: break
      }
    }
    return true
  }

  static func codeShowsDate(_ code: String) -> Bool {
    var inQuotes = false
    var inBrackets = false
    var escaped = false
    // Only the first section (positive numbers) matters.
    for character in code {
      if escaped {
        escaped = false
        continue
      }
      switch character {
      case "\\": escaped = true
      case "\"": inQuotes.toggle()
      case "[" where !inQuotes: inBrackets = true
      case "]" where !inQuotes: inBrackets = false
      case ";" where !inQuotes && !inBrackets: return false
      case "d", "D", "y", "Y":
        if !inQuotes && !inBrackets { return true }
      case "m", "M":
        // "m" alone may be minutes ("h:mm"); with no hours or seconds it is a month.
        let lower = code.lowercased()
        if !inQuotes && !inBrackets && !lower.contains("h") && !lower.contains("s") {
          return true
        }
      default: break
      }
    }
    return false
  }
}

/// The colours of the workbook's theme, by the index styles use (light 1, dark 1, light 2,
/// dark 2, accents 1-6, hyperlink, followed hyperlink).
struct ThemeColors {
  private var colors: [RGBColor]

  /// Office's default theme, for workbooks without one.
  static let office = ThemeColors(
    colors: [
      "FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5",
      "70AD47", "0563C1", "954F72",
    ].compactMap(RGBColor.init(hex:)))

  func color(_ index: Int) -> RGBColor? { colors.indices.contains(index) ? colors[index] : nil }

  /// Reads a theme part's colour scheme.
  static func parse(_ data: Data, part: String) throws(WorkbookError) -> ThemeColors {
    let slots = [
      "dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5",
      "accent6", "hlink", "folHlink",
    ]
    var found: [String: RGBColor] = [:]
    var current: String?
    var inScheme = false
    try XMLEvents.parse(
      data, part: part,
      start: { name, attributes in
        if name == "clrScheme" {
          inScheme = true
        } else if inScheme, slots.contains(String(name)) {
          current = String(name)
        } else if inScheme, let slot = current, found[slot] == nil {
          if name == "srgbClr", let color = attributes["val"].flatMap(RGBColor.init(hex:)) {
            found[slot] = color
          } else if name == "sysClr",
            let color = (attributes["lastClr"] ?? "").isEmpty
              ? nil : attributes["lastClr"].flatMap(RGBColor.init(hex:))
          {
            found[slot] = color
          }
        }
      },
      end: { name in
        if name == "clrScheme" { inScheme = false }
        if current == String(name) { current = nil }
      })
    let order = ["lt1", "dk1", "lt2", "dk2"] + slots.dropFirst(4)
    var colors = office.colors
    for (index, slot) in order.enumerated() {
      if let color = found[slot] { colors[index] = color }
    }
    return ThemeColors(colors: colors)
  }
}

/// Excel's standard 64-colour palette, for colours given by index.
enum IndexedColors {
  static let standard: [RGBColor] = [
    "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
    "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
    "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
    "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
    "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
    "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
    "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
    "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
  ].compactMap(RGBColor.init(hex:))
}
