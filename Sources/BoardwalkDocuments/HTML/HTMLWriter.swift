import BoardwalkCore

/// Writes a ``Document`` as one self-contained HTML file: its style sheet inline, nothing
/// fetched from the network, no script, and a content security policy that forbids both.
///
/// - Printable: A4 pages, sections that ask for it start a new page, table headers repeat
///   on every page, rows are not split, and the marks (DRAFT, Not for publication) are
///   printed at the top of every page as well as shown in a banner.
/// - Accessible: the document's language, headings in order (the title `h1`, sections
///   `h2` to `h4`), column headers `th scope="col"` (and `scope="row"` where the first
///   column names the row), tables named by `aria-label`, figures with a text
///   alternative, colours with a contrast of at least 4.5 to 1, and every RAG cell carrying
///   its class's letter and word, so nothing depends on colour.
/// - Safe: every text is escaped (`&`, `<`, `>`, `"`, `'`) and its control characters
///   shown as ``TextSafety`` placeholders; no link is ever made from text.
public struct HTMLWriter: Sendable {
  public init() {}

  /// The document as HTML.
  public func write(_ document: Document) -> String {
    let metadata = document.metadata
    var out = "<!DOCTYPE html>\n"
    out += "<html lang=\"\(MarkupText.escapedOneLine(metadata.language))\">\n<head>\n"
    out += "<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
    out += "<meta name=\"referrer\" content=\"no-referrer\">\n"
    out += "<meta name=\"generator\" content=\"Boardwalk\">\n"
    if metadata.audience == .full {
      out += "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
    }
    let marks = metadata.marks.map(\.text)
    let title = ([document.title] + marks).map(MarkupText.escapedOneLine)
    out += "<title>\(title.joined(separator: " · "))</title>\n"
    out += "<style>\n\(HTMLStyleSheet.css(marks: marks))</style>\n</head>\n<body>\n"
    if !marks.isEmpty {
      out += "<div class=\"marks\" role=\"note\" aria-label=\"Status of this document\">"
      out += marks.map { "<span>\(MarkupText.escaped($0))</span>" }.joined(separator: " ")
      out += "</div>\n"
    }
    out += "<main>\n<h1>\(Self.lines(document.title))</h1>\n"
    var figures = 0
    for block in document.preamble { out += self.block(block, figures: &figures) }
    for (index, section) in document.sections.enumerated() {
      out += self.section(section, level: 1, id: "section-\(index + 1)", figures: &figures)
    }
    if !document.closing.isEmpty {
      out += "<p class=\"closing\">\(Self.runs(document.closing))</p>\n"
    }
    return out + "</main>\n</body>\n</html>\n"
  }

  private func section(_ section: Section, level: Int, id: String, figures: inout Int) -> String {
    let level = min(level, Section.deepestLevel)
    let tag = "h\(level + 1)"
    var out = "<section aria-labelledby=\"\(id)\""
    if section.startsNewPage { out += " class=\"new-page\"" }
    out += ">\n<\(tag) id=\"\(id)\">"
    if let number = section.number { out += "\(number). " }
    out += Self.runs(section.heading, breaks: " ") + "</\(tag)>\n"
    for block in section.blocks { out += self.block(block, figures: &figures) }
    for (index, subsection) in section.subsections.enumerated() {
      out += self.section(
        subsection, level: level + 1, id: "\(id)-\(index + 1)", figures: &figures)
    }
    return out + "</section>\n"
  }

  private func block(_ block: Block, figures: inout Int) -> String {
    switch block {
    case .paragraph(let runs):
      return "<p>\(Self.runs(runs))</p>\n"
    case .bulletList(let items):
      guard !items.isEmpty else { return "" }
      return "<ul>\n" + items.map { "<li>\(Self.runs($0))</li>\n" }.joined() + "</ul>\n"
    case .table(let table):
      return Self.table(table)
    case .figure(let figure):
      figures += 1
      return HTMLBarChart.figure(figure, id: "figure-\(figures)")
    case .signature(let line):
      return """
        <div class="signature">
        <p><span>Signed</span><span class="fill" aria-hidden="true"></span><span>\(MarkupText.escapedOneLine(line.role))</span></p>
        <p><span>Date</span><span class="fill" aria-hidden="true"></span></p>
        </div>

        """
    }
  }

  private static func table(_ table: Table) -> String {
    var out = "<div class=\"table\">\n"
    out += "<table aria-label=\"\(MarkupText.escapedOneLine(table.label))\">\n<colgroup>"
    for share in TableLayout.shares(of: table) {
      out += "<col style=\"width: \(Double(Int(share * 10_000)) / 100)%\">"
    }
    out += "</colgroup>\n<thead>\n<tr>"
    for heading in table.header { out += "<th scope=\"col\">\(lines(heading))</th>" }
    out += "</tr>\n</thead>\n<tbody>\n"
    for row in table.rows {
      out += "<tr>"
      for (column, cell) in row.enumerated() {
        let tag = column == 0 && table.firstColumnNamesRows ? "th" : "td"
        let scope = tag == "th" ? " scope=\"row\"" : ""
        switch cell {
        case .text(let runs):
          out += "<\(tag)\(scope)>\(Self.runs(runs))</\(tag)>"
        case .rag(let rag, _):
          out +=
            "<\(tag)\(scope) class=\"rag rag-\(rag.rawValue)\"><span class=\"letter\" aria-hidden=\"true\">\(rag.letter)</span> \(lines(cell.plainText))</\(tag)>"
        }
      }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n</div>\n"
  }

  /// Runs as HTML: text escaped, line breaks `<br>` (or `breaks`, in headings).
  static func runs(_ runs: [Inline], breaks: String = "<br>") -> String {
    runs.map { run in
      switch run {
      case .text(let text): lines(text, breaks: breaks)
      case .strong(let text): "<strong>\(lines(text, breaks: breaks))</strong>"
      case .emphasis(let text): "<em>\(lines(text, breaks: breaks))</em>"
      case .lineBreak: breaks
      }
    }.joined()
  }

  /// `text` escaped, its line breaks written as `breaks`.
  static func lines(_ text: String, breaks: String = "<br>") -> String {
    MarkupText.escapedLines(of: text).joined(separator: breaks)
  }
}
