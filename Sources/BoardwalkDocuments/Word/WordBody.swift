import BoardwalkCore

/// `word/document.xml`: the document's body in WordprocessingML.
enum WordBody {
  static let namespaces =
    #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

  /// A4 portrait, 2 cm margins: the width text and tables have, in twentieths of a point.
  static let textWidth = 11_906 - 2 * 1_134

  static func xml(_ document: Document) -> String {
    var body = paragraph(style: "Title", runs(document.title, oneLine: false))
    for block in document.preamble { body += self.block(block) }
    for section in document.sections { body += self.section(section, level: 1) }
    if !document.closing.isEmpty {
      body += paragraph(style: "Closing", runs(document.closing))
    }
    let header =
      document.metadata.marks.isEmpty
      ? "" : #"<w:headerReference w:type="default" r:id="rIdHeader"/>"#
    body +=
      "<w:sectPr>\(header)<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
      + #"<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#
    return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
      + "<w:document \(namespaces)><w:body>\(body)</w:body></w:document>"
  }

  private static func section(_ section: Section, level: Int) -> String {
    let level = min(level, Section.deepestLevel)
    var heading = section.number.map { run("\($0). ") } ?? ""
    heading += runs(section.heading, oneLine: true)
    var out = paragraph(
      style: "Heading\(level)", properties: section.startsNewPage ? "<w:pageBreakBefore/>" : "",
      heading)
    for block in section.blocks { out += self.block(block) }
    for subsection in section.subsections { out += self.section(subsection, level: level + 1) }
    return out
  }

  private static func block(_ block: Block) -> String {
    switch block {
    case .paragraph(let inline):
      return paragraph(style: nil, runs(inline))
    case .bulletList(let items):
      return items.map { paragraph(style: "ListBullet", runs($0)) }.joined()
    case .table(let table):
      return WordTable.xml(table)
    case .figure(let figure):
      return WordTable.chart(figure)
    case .signature(let line):
      // The role on the line after the leader: its own tabs as spaces, or they would draw more dots.
      let role = String(line.role.map { $0 == "\t" ? " " : $0 })
      return paragraph(style: "Signature", run("Signed") + "<w:r><w:tab/></w:r>" + run(" " + role))
        + paragraph(style: "Signature", run("Date") + "<w:r><w:tab/></w:r>")
    }
  }

  // MARK: Paragraphs and runs

  /// A paragraph in `style` (Normal when `nil`), with more paragraph `properties` after it.
  static func paragraph(style: String?, properties: String = "", _ content: String) -> String {
    let style = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
    let pPr = style.isEmpty && properties.isEmpty ? "" : "<w:pPr>\(style)\(properties)</w:pPr>"
    return "<w:p>\(pPr)\(content)</w:p>"
  }

  /// Runs as Word runs: strong bold, emphasis italic, line breaks `w:br` (spaces when
  /// `oneLine`).
  static func runs(_ inline: [Inline], oneLine: Bool = false, properties: String = "") -> String {
    inline.map { item in
      switch item {
      case .text(let text): run(text, properties: properties, oneLine: oneLine)
      case .strong(let text): run(text, properties: "<w:b/>" + properties, oneLine: oneLine)
      case .emphasis(let text): run(text, properties: "<w:i/>" + properties, oneLine: oneLine)
      case .lineBreak: oneLine ? run(" ", properties: properties) : "<w:r><w:br/></w:r>"
      }
    }.joined()
  }

  /// The title: a text whose line breaks are kept.
  private static func runs(_ text: String, oneLine: Bool) -> String {
    run(text, oneLine: oneLine)
  }

  /// One run of `text`, escaped, its line breaks `w:br` (or spaces) and tabs `w:tab`;
  /// nothing for empty text. `properties` are run properties in schema order (`w:b`,
  /// `w:i`, `w:color`).
  static func run(_ text: String, properties: String = "", oneLine: Bool = false) -> String {
    guard !text.isEmpty else { return "" }
    var content = ""
    for (index, line) in MarkupText.lines(of: text).enumerated() {
      if index > 0 { content += oneLine ? "<w:t xml:space=\"preserve\"> </w:t>" : "<w:br/>" }
      for (part, piece) in line.split(separator: "\t", omittingEmptySubsequences: false)
        .enumerated()
      {
        if part > 0 { content += "<w:tab/>" }
        if !piece.isEmpty {
          content += "<w:t xml:space=\"preserve\">\(MarkupText.escaped(String(piece)))</w:t>"
        }
      }
    }
    let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
    return "<w:r>\(rPr)\(content)</w:r>"
  }
}
