import BoardwalkCore

/// How every part of the screen looks: a style for each role, and for each column of the
/// heat map a ramp of styles from no actions to the most.
public struct Theme: Sendable, Hashable {
  public let name: String
  private let styles: [StyleRole: CellStyle]
  /// Per heat-map column (the RAG classes, then overdue), styles from zero to the most.
  private let ramps: [HeatColumn: [CellStyle]]

  public init(name: String, styles: [StyleRole: CellStyle], ramps: [HeatColumn: [CellStyle]]) {
    self.name = name
    self.styles = styles
    self.ramps = ramps
  }

  public subscript(role: StyleRole) -> CellStyle { styles[role] ?? .plain }

  /// The style of a heat-map cell holding `count` actions when the column's largest is `maximum`.
  public func heat(_ column: HeatColumn, count: Int, maximum: Int) -> CellStyle {
    guard let ramp = ramps[column], !ramp.isEmpty else { return self[.text] }
    guard count > 0, maximum > 0 else { return ramp[0] }
    let steps = ramp.count - 1
    let level = 1 + (count * (steps - 1) + maximum - 1) / maximum  // 1...steps
    return ramp[min(steps, max(1, level))]
  }

  /// The theme with every colour removed and attributes kept (`NO_COLOR`).
  public var withoutColor: Theme {
    Theme(
      name: name, styles: styles.mapValues(\.withoutColor),
      ramps: ramps.mapValues { $0.map(\.withoutColor) })
  }

  /// The theme with every colour moved to the nearest of the eight basic colours.
  public var basicColors: Theme {
    func basic(_ style: CellStyle) -> CellStyle {
      var style = style
      style.foreground = style.foreground.basic
      style.background = style.background.basic
      return style
    }
    return Theme(
      name: name, styles: styles.mapValues(basic), ramps: ramps.mapValues { $0.map(basic) })
  }
}

/// A column of the heat map: a RAG class, or overdue.
public enum HeatColumn: Hashable, Sendable, CaseIterable {
  case rag(RAGClass)
  case overdue

  public static let allCases: [HeatColumn] = RAGClass.allCases.map(HeatColumn.rag) + [.overdue]

  /// The key a theme file uses for this column's ramp.
  public var themeKey: String {
    switch self {
    case .rag(let rag): "heat.\(rag.rawValue)"
    case .overdue: "heat.overdue"
    }
  }

  /// The column's heading.
  public var title: String {
    switch self {
    case .rag(let rag): rag.title
    case .overdue: "Overdue"
    }
  }

  /// The filter term that selects this column's actions.
  public var term: FilterTerm {
    switch self {
    case .rag(let rag): FilterTerm(.status, [rag.rawValue])
    case .overdue: FilterTerm(.due, ["overdue"])
    }
  }
}
