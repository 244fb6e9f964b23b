/// HTML as cmark-gfm renders it (from minutes, say): its tables, its tags and its text.
public struct RenderedHTML: Sendable {
  public let html: String

  public init(html: String) { self.html = html }

  /// One rendered table: the header's cells and each body row's cells, as inner HTML.
  public struct Table: Sendable {
    public let header: [String]
    public let rows: [[String]]
  }

  /// The tables, in order.
  public var tables: [Table] {
    html.matches(of: /<table>(?<body>.*?)<\/table>/.dotMatchesNewlines()).map { match in
      let body = String(match.output.body)
      let head =
        body.firstMatch(of: /<thead>(?<inner>.*?)<\/thead>/.dotMatchesNewlines())
        .map { String($0.output.inner) } ?? ""
      let rows =
        body.firstMatch(of: /<tbody>(?<inner>.*?)<\/tbody>/.dotMatchesNewlines())
        .map { String($0.output.inner) } ?? ""
      return Table(
        header: Self.cells(head, tag: "th").first ?? [], rows: Self.cells(rows, tag: "td"))
    }
  }

  /// How many times each element opens, by name: `["p": 12, "table": 3]`.
  public var elementCounts: [String: Int] {
    var counts: [String: Int] = [:]
    for match in html.matches(of: /<(?<name>[a-zA-Z][a-zA-Z0-9]*)[\s>\/]/) {
      counts[String(match.output.name).lowercased(), default: 0] += 1
    }
    return counts
  }

  /// The text a reader sees: tags removed, line breaks (`<br>`) as line feeds, entities decoded.
  public var text: String { Self.text(ofInner: html) }

  /// The text a reader sees, words separated by single spaces (line breaks included).
  public var words: String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The text a reader sees of a fragment (a table cell's inner HTML, say).
  public static func text(ofInner fragment: String) -> String {
    let breaks = fragment.replacing(/<br\s*\/?>/, with: "\n")
    let bare = breaks.replacing(/<[^>]*>/, with: " ")
    return HTMLEntities.decode(bare)
  }

  private static func cells(_ fragment: String, tag: String) -> [[String]] {
    fragment.matches(of: /<tr>(?<row>.*?)<\/tr>/.dotMatchesNewlines()).map { row in
      let cellPattern = try! Regex("<\(tag)[^>]*>(.*?)</\(tag)>").dotMatchesNewlines()
      return String(row.output.row).matches(of: cellPattern).map { match in
        String(match.output[1].substring ?? "")
      }
    }
  }
}
