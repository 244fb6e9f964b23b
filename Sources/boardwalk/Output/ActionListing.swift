import BoardwalkCore

/// `list`'s output formats.
enum ActionListing {
  static func table(_ records: [ActionRecord], showPlan: Bool, width: Int? = TerminalWidth.current)
    -> String
  {
    var columns: [TextTable.Column] = []
    if showPlan { columns.append(.init("PLAN")) }
    columns += [
      .init("ID"), .init("RAG"), .init("STATUS", flexible: true), .init("DUE"),
      .init("OWNERS", flexible: true),
      .init("TITLE", flexible: true),
    ]
    var table = TextTable(columns: columns)
    for record in records {
      var row: [String] = showPlan ? [record.listedPlan] : []
      row += [
        record.id, String(record.rag.letter), record.statusLabel ?? "unrated",
        (record.due ?? "-") + (record.isOverdue ? " OVERDUE" : ""),
        record.owners.joined(separator: "; "),
        marked(record),
      ]
      table.append(row)
    }
    return table.render(maximumWidth: width)
  }

  static func json(_ records: [ActionRecord]) -> String {
    var text = "["
    for (position, record) in records.enumerated() {
      text += position == 0 ? "\n  " : ",\n  "
      text += "{\"plan\":\(JSONText.quoted(record.plan)),\"id\":\(JSONText.quoted(record.id))"
      text += ",\"title\":\(JSONText.quoted(record.title)),\"area\":\(JSONText.quoted(record.area))"
      text +=
        ",\"links\":\(JSONText.array(record.links)),\"owners\":\(JSONText.array(record.owners))"
      text += ",\"start\":\(JSONText.quoted(record.start)),\"due\":\(JSONText.quoted(record.due))"
      text +=
        ",\"dueText\":\(JSONText.quoted(record.dueText)),\"status\":\(JSONText.quoted(record.status))"
      text +=
        ",\"statusLabel\":\(JSONText.quoted(record.statusLabel)),\"rag\":\"\(record.rag.rawValue)\""
      text +=
        ",\"done\":\(record.isDone),\"overdue\":\(record.isOverdue),\"confidential\":\(record.isConfidential)"
      if record.isFictional { text += ",\"fictional\":true" }
      text += "}"
    }
    return text + (records.isEmpty ? "]\n" : "\n]\n")
  }

  static let csvHeader = [
    "plan", "id", "title", "area", "links", "owners", "start", "due", "dueText", "status",
    "statusLabel", "rag",
    "done", "overdue", "confidential",
  ]

  static func csv(_ records: [ActionRecord]) -> String {
    var text = CSVText.line(csvHeader) + "\r\n"
    for record in records {
      text +=
        CSVText.line([
          record.plan, record.id, record.title, record.area, record.links.joined(separator: "; "),
          record.owners.joined(separator: "; "), record.start ?? "", record.due ?? "",
          record.dueText ?? "",
          record.status ?? "", record.statusLabel ?? "", record.rag.rawValue, "\(record.isDone)",
          "\(record.isOverdue)", "\(record.isConfidential)",
        ]) + "\r\n"
    }
    return text
  }

  static func markdown(_ records: [ActionRecord]) -> String {
    MarkdownText.table(
      header: ["Plan", "ID", "RAG", "Status", "Due", "Owners", "Title"],
      rows: records.map { record in
        [
          record.listedPlan, record.id, String(record.rag.letter), record.statusLabel ?? "Unrated",
          record.dueForPeople + (record.isOverdue ? " (overdue)" : ""),
          record.owners.joined(separator: "; "),
          marked(record),
        ]
      })
  }

  /// A title as tables show it: `[C]` before a confidential action's.
  private static func marked(_ record: ActionRecord) -> String {
    record.isConfidential ? Confidentiality.mark + " " + record.title : record.title
  }
}
