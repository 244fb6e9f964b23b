import Foundation

/// What an HTML file holds, read with regular expressions: enough to check the writer's
/// own output, whose shape it knows (Chromium checks it as a browser reads it).
struct HTMLShape {
  let html: String

  /// Every element the HTML writer writes: any other in a page came from its text.
  static let writersElements: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "div", "span", "main", "h1", "h2", "h3",
    "h4", "section", "p", "strong", "em", "br", "ul", "li", "table", "colgroup", "col", "thead",
    "tbody", "tr", "th", "td", "figure", "figcaption", "svg", "rect", "text",
  ]

  /// The names of the elements opened, in order.
  var elements: [String] {
    html.matches(of: /<([a-zA-Z][a-zA-Z0-9]*)[\s>\/]/).map { String($0.output.1).lowercased() }
  }

  /// The heading levels, in order (1 for h1).
  var headingLevels: [Int] {
    html.matches(of: /<h([1-6])[\s>]/).compactMap { Int($0.output.1) }
  }

  /// Every opening tag named `name`, whole (`<th scope="col">`).
  func tags(_ name: String) -> [String] {
    html.matches(of: try! Regex("<\(name)(\\s[^>]*)?>")).map { String(html[$0.range]) }
  }

  /// The text between `<body>` and `</body>` with the tags removed, line breaks as line
  /// feeds and the entities decoded.
  var bodyText: String {
    let body =
      html.firstMatch(of: /<body>(.*)<\/body>/.dotMatchesNewlines()).map { String($0.output.1) }
      ?? ""
    return Self.text(of: body)
  }

  static func text(of fragment: String) -> String {
    let breaks = fragment.replacing(/<br\s*\/?>/, with: "\n")
    let bare = breaks.replacing(/<[^>]*>/, with: " ")
    return decode(bare)
  }

  /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;` and numeric references decoded.
  static func decode(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      guard let semicolon = rest[amp...].firstIndex(of: ";"),
        rest.distance(from: amp, to: semicolon) < 10
      else {
        out += "&"
        rest = rest[rest.index(after: amp)...]
        continue
      }
      let name = rest[rest.index(after: amp)..<semicolon]
      switch name {
      case "amp": out += "&"
      case "lt": out += "<"
      case "gt": out += ">"
      case "quot": out += "\""
      case "apos": out += "'"
      default:
        if name.hasPrefix("#"), let value = UInt32(name.dropFirst()),
          let scalar = Unicode.Scalar(value)
        {
          out.unicodeScalars.append(scalar)
        } else {
          out += "&" + name + ";"
        }
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return out + rest
  }
}

/// WCAG 2 contrast between two `RRGGBB` colours.
enum Contrast {
  static func ratio(_ first: String, _ second: String) -> Double {
    let (a, b) = (luminance(first), luminance(second))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  static func luminance(_ hex: String) -> Double {
    let value = Int(hex, radix: 16) ?? 0
    let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel in
      let c = Double(channel) / 255
      return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
  }
}
