import BoardwalkCore

/// `summary`'s output formats.
enum SummaryListing {
  /// The rows as a table, then a row of `totals` (the actions counted once each) and, when
  /// the rows add up to more than that, a line saying why.
  static func table(_ rows: [SummaryRow], totals: RAGCounts, grouping: SummaryGrouping)
    -> String
  {
    let isArea = grouping == .area
    var columns: [TextTable.Column] = []
    if isArea { columns.append(.init("PLAN")) }
    columns.append(.init(grouping.rawValue.uppercased(), flexible: true))
    columns += (RAGClass.allCases.map { $0.rawValue.uppercased() } + ["OVERDUE", "TOTAL"]).map {
      .init($0, alignsRight: true)
    }
    if isArea { columns.append(.init("OWN", alignsRight: true)) }
    var table = TextTable(columns: columns)
    func cells(_ counts: RAGCounts) -> [String] {
      RAGClass.allCases.map { "\(counts[$0])" } + ["\(counts.overdue)", "\(counts.total)"]
    }
    for row in rows {
      table.append(
        (isArea ? [row.plan ?? ""] : []) + [row.key] + cells(row.counts)
          + (isArea ? ["\(row.own ?? 0)"] : []))
    }
    table.append(
      (isArea ? [""] : []) + ["All actions"] + cells(totals) + (isArea ? ["\(totals.total)"] : []))
    var text = table.render(maximumWidth: TerminalWidth.current)
    let added = rows.reduce(0) { $0 + $1.counts.total }
    if added > totals.total {
      let why =
        isArea
        ? "an action counts under its own area (OWN) and under every area it serves through its links, and their parents"
        : "an action with several owners counts under each of them"
      text += "The rows add up to \(added) for \(totals.total) actions: \(why).\n"
    }
    return text
  }

  static func json(_ rows: [SummaryRow], grouping: SummaryGrouping) -> String {
    var text = "["
    for (position, row) in rows.enumerated() {
      text += position == 0 ? "\n  " : ",\n  "
      text += "{\"key\":\(JSONText.quoted(row.key))"
      if grouping == .area { text += ",\"plan\":\(JSONText.quoted(row.plan))" }
      if let title = row.title { text += ",\"title\":\(JSONText.quoted(title))" }
      for rag in RAGClass.allCases { text += ",\"\(rag.rawValue)\":\(row.counts[rag])" }
      text += ",\"overdue\":\(row.counts.overdue),\"total\":\(row.counts.total)"
      if let own = row.own { text += ",\"own\":\(own)" }
      text += "}"
    }
    return text + (rows.isEmpty ? "]\n" : "\n]\n")
  }
}
