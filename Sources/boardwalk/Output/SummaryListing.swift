import BoardwalkCore

/// `summary`'s output formats.
enum SummaryListing {
  static func table(_ rows: [SummaryRow], grouping: SummaryGrouping) -> String {
    var columns: [TextTable.Column] = []
    if grouping == .area { columns.append(.init("PLAN")) }
    columns.append(.init(grouping.rawValue.uppercased(), flexible: true))
    columns += (RAGClass.allCases.map { $0.rawValue.uppercased() } + ["OVERDUE", "TOTAL"]).map {
      .init($0, alignsRight: true)
    }
    var table = TextTable(columns: columns)
    for row in rows {
      var cells: [String] = grouping == .area ? [row.plan ?? ""] : []
      cells.append(row.key)
      cells += RAGClass.allCases.map { "\(row.counts[$0])" }
      cells += ["\(row.counts.overdue)", "\(row.counts.total)"]
      table.append(cells)
    }
    return table.render(maximumWidth: TerminalWidth.current)
  }

  static func json(_ rows: [SummaryRow], grouping: SummaryGrouping) -> String {
    var text = "["
    for (position, row) in rows.enumerated() {
      text += position == 0 ? "\n  " : ",\n  "
      text += "{\"key\":\(JSONText.quoted(row.key))"
      if grouping == .area { text += ",\"plan\":\(JSONText.quoted(row.plan))" }
      if let title = row.title { text += ",\"title\":\(JSONText.quoted(title))" }
      for rag in RAGClass.allCases { text += ",\"\(rag.rawValue)\":\(row.counts[rag])" }
      text += ",\"overdue\":\(row.counts.overdue),\"total\":\(row.counts.total)}"
    }
    return text + (rows.isEmpty ? "]\n" : "\n]\n")
  }
}
