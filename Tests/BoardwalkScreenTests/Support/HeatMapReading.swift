/// The heat map as the screen shows it: its column titles and, per visible row, the label
/// and the counts (`·` is zero). Read from the rightmost pane of each row, so it works
/// wherever the heat map sits beside another pane.
struct HeatMapReading: Sendable, CustomStringConvertible {
  struct Row: Sendable {
    let label: String
    let counts: [Int]
  }

  /// The columns the spec asks for: RAG classes, then overdue.
  static let columnTitles = ["Red", "Amber", "Green", "Blue", "Grey", "Unrated", "Overdue"]

  let heading: String
  let rows: [Row]

  struct NotFound: Error, CustomStringConvertible {
    let screen: ScreenCapture
    var description: String { "no heat map heading on screen:\n\(screen)" }
  }

  init(_ screen: ScreenCapture) throws {
    let columns = HeatMapReading.columnTitles
    guard
      let headingIndex = screen.lines.firstIndex(where: {
        Array(HeatMapReading.words(inRightmostPane: $0).suffix(columns.count)) == columns
      })
    else {
      throw NotFound(screen: screen)
    }
    heading = HeatMapReading.words(inRightmostPane: screen.lines[headingIndex]).first ?? ""
    var rows: [Row] = []
    for line in screen.lines[(headingIndex + 1)...] {
      let words = HeatMapReading.words(inRightmostPane: line)
      guard words.count > columns.count, !line.hasSuffix("┘") else { break }
      let counts = words.suffix(columns.count).map { $0 == "·" ? 0 : Int($0) }
      guard counts.allSatisfy({ $0 != nil }) else { break }
      rows.append(
        Row(
          label: words.dropLast(columns.count).joined(separator: " "),
          counts: counts.map { $0 ?? 0 }))
    }
    self.rows = rows
  }

  /// The words between the last two vertical borders of a row.
  private static func words(inRightmostPane line: String) -> [String] {
    guard line.hasSuffix("│") else { return [] }
    let panes = line.split(separator: "│")
    return (panes.last ?? "").split(separator: " ").map(String.init)
  }

  var description: String {
    ([heading + " " + HeatMapReading.columnTitles.joined(separator: " ")]
      + rows.map { "\($0.label) \($0.counts.map(String.init).joined(separator: " "))" })
      .joined(separator: "\n")
  }
}
