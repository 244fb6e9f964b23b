/// What minutes written from hostile plans must never hold, checked on the Markdown text.
enum MinutesShape {
  /// Everything wrong with `markdown`, one line each; empty when it is sound: no control
  /// character but line feeds and tabs, no HTML but `<br>`, and every table's rows with the
  /// same number of cells as its header.
  static func problems(in markdown: String) throws -> [String] {
    var problems: [String] = []
    let unsafe = VisibleText.unsafeScalars(in: markdown, allowingTabs: true)
    if !unsafe.isEmpty { problems.append("control characters: \(unsafe)") }
    var rest = markdown[...]
    while let open = rest.firstIndex(of: "<") {
      if !rest[open...].hasPrefix("<br>") {
        problems.append("raw HTML: \(rest[open...].prefix(40))")
      }
      rest = rest[rest.index(after: open)...]
    }
    var tableWidth: Int?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        tableWidth = nil
        continue
      }
      let width = try MarkdownTableReader.cells(String(line)).count
      if let tableWidth, width != tableWidth {
        problems.append("a row of \(width) cells in a table of \(tableWidth): \(line)")
      }
      tableWidth = tableWidth ?? width
    }
    return problems
  }

  /// The headings of the items discussed (`### 1. ...`), in order.
  static func itemHeadings(in markdown: String) -> [String] {
    markdown.split(separator: "\n").map(String.init).filter { line in
      guard line.hasPrefix("### ") else { return false }
      let number = line.dropFirst(4).prefix { $0.isNumber }
      return !number.isEmpty && line.dropFirst(4 + number.count).hasPrefix(". ")
    }
  }
}
