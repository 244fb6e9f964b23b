import Foundation

/// Reads theme files (docs/themes.md).
public enum ThemeParser {
  /// Parses a theme file's bytes; `source` names it in errors.
  public static func parse(_ data: Data, source: String) throws(ThemeError) -> Theme {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw ThemeError("\(source): not valid JSON (\((error as NSError).localizedDescription))")
    }
    guard let document = object as? [String: Any], let styles = document["styles"] as? [String: Any]
    else {
      throw ThemeError(
        "\(source): a theme is an object with \"name\" and \"styles\"; see docs/themes.md")
    }
    let name = document["name"] as? String ?? source
    var roles: [StyleRole: CellStyle] = [:]
    var ramps: [HeatColumn: [CellStyle]] = [:]
    var known = Set<String>()
    for role in StyleRole.allCases {
      known.insert(role.rawValue)
      guard let value = styles[role.rawValue] else {
        throw ThemeError(
          "\(source): style \"\(role.rawValue)\" is missing; every theme gives every style (see Themes/default.json)"
        )
      }
      roles[role] = try style(value, key: role.rawValue, source: source)
    }
    for column in HeatColumn.allCases {
      known.insert(column.themeKey)
      guard let list = styles[column.themeKey] as? [Any], list.count >= 2 else {
        throw ThemeError(
          "\(source): \"\(column.themeKey)\" must be a list of at least two styles, from zero actions to the most"
        )
      }
      var ramp: [CellStyle] = []
      for (index, value) in list.enumerated() {
        ramp.append(try style(value, key: "\(column.themeKey)[\(index)]", source: source))
      }
      ramps[column] = ramp
    }
    if let unknown = styles.keys.sorted().first(where: { !known.contains($0) }) {
      throw ThemeError(
        "\(source): unknown style \"\(unknown)\"; the styles a theme gives are listed in docs/themes.md"
      )
    }
    return Theme(name: name, styles: roles, ramps: ramps)
  }

  private static let attributes = ["bold", "dim", "underline", "reverse", "italic"]

  private static func style(_ value: Any, key: String, source: String) throws(ThemeError)
    -> CellStyle
  {
    guard let fields = value as? [String: Any] else {
      throw ThemeError(
        "\(source): style \"\(key)\" must be an object such as {\"fg\": 231, \"bg\": 24, \"bold\": true}"
      )
    }
    var style = CellStyle()
    for (field, raw) in fields {
      switch field {
      case "fg": style.foreground = try color(raw, key: key, field: field, source: source)
      case "bg": style.background = try color(raw, key: key, field: field, source: source)
      case let attribute where attributes.contains(attribute):
        guard raw is Bool, let flag = raw as? Bool else {
          throw ThemeError("\(source): style \"\(key)\": \"\(attribute)\" must be true or false")
        }
        switch attribute {
        case "bold": style.isBold = flag
        case "dim": style.isDim = flag
        case "underline": style.isUnderlined = flag
        case "reverse": style.isReversed = flag
        default: style.isItalic = flag
        }
      default:
        throw ThemeError(
          "\(source): style \"\(key)\": unknown field \"\(field)\" (use fg, bg, bold, dim, underline, reverse, italic)"
        )
      }
    }
    return style
  }

  private static let names: [String: UInt8] = [
    "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
    "brightblack": 8, "grey": 8, "gray": 8, "brightred": 9, "brightgreen": 10, "brightyellow": 11,
    "brightblue": 12,
    "brightmagenta": 13, "brightcyan": 14, "brightwhite": 15,
  ]

  private static func color(_ raw: Any, key: String, field: String, source: String)
    throws(ThemeError)
    -> TerminalColor
  {
    let problem = ThemeError(
      "\(source): style \"\(key)\": \(field) \(raw) is not a colour (use 0-255, a name such as \"red\", \"#RRGGBB\" or \"default\")"
    )
    if let number = raw as? Int, !(raw is Bool) {
      guard (0...255).contains(number) else { throw problem }
      return .indexed(UInt8(number))
    }
    guard let text = (raw as? String)?.lowercased() else { throw problem }
    if text == "default" { return .default }
    if let index = names[text] { return .indexed(index) }
    if text.hasPrefix("#"), text.count == 7, text.dropFirst().allSatisfy(\.isHexDigit),
      let value = Int(text.dropFirst(), radix: 16)
    {
      return TerminalColor.nearest(red: value >> 16, green: (value >> 8) & 0xFF, blue: value & 0xFF)
    }
    throw problem
  }
}
