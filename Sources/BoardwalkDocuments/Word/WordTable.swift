import BoardwalkCore

/// Tables and charts in WordprocessingML: fixed column widths worked out from the text,
/// the header row repeated on every page, rows never split across pages.
enum WordTable {
  static func xml(_ table: Table) -> String {
    let widths = columnWidths(table)
    var out = "<w:tbl>" + properties(label: table.label, description: nil, style: "BoardwalkTable")
    out += "<w:tblGrid>" + widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
    out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    for (column, heading) in table.header.enumerated() {
      out += cell(
        width: widths[column], shade: "E6E6E6",
        WordBody.paragraph(style: "TableHeading", WordBody.run(heading)))
    }
    out += "</w:tr>"
    for row in table.rows {
      out += rowStart(texts: row.map(\.plainText), widths: widths)
      for (column, value) in row.enumerated() {
        let width = widths[column]
        let bold = column == 0 && table.firstColumnNamesRows ? "<w:b/>" : ""
        switch value {
        case .text(let inline):
          out += cell(
            width: width,
            WordBody.paragraph(style: "TableText", WordBody.runs(inline, properties: bold)))
        case .rag(let rag, _):
          let shade = RAGShade.of(rag)
          let color = #"<w:color w:val="\#(shade.text)"/>"#
          out += cell(
            width: width, shade: shade.fill,
            WordBody.paragraph(
              style: "TableText",
              WordBody.run("\(rag.letter)", properties: "<w:b/>" + color)
                + WordBody.run(" " + value.plainText, properties: color)))
        }
      }
      out += "</w:tr>"
    }
    return out + "</w:tbl>" + WordBody.paragraph(style: "AfterTable", "")
  }

  /// A bar chart as a table: for each bar, a row with its label, and under it a row with
  /// the bar (cells spanning its share of 40 grid columns, shaded in each class's colour
  /// with its letter) and the counts in words beside it.
  static func chart(_ figure: Figure) -> String {
    switch figure.chart {
    case .ragBars(let chart):
      let units = 40
      let unitWidth = 150
      let countsWidth = WordBody.textWidth - units * unitWidth
      var out = "<w:tbl>"
      out += properties(
        label: figure.caption, description: figure.textAlternative, style: "BoardwalkChart")
      out += "<w:tblGrid>"
      out += String(repeating: #"<w:gridCol w:w="\#(unitWidth)"/>"#, count: units)
      out += #"<w:gridCol w:w="\#(countsWidth)"/></w:tblGrid>"#
      for bar in chart.bars {
        out += rowStart(texts: [bar.label], widths: [WordBody.textWidth])
        out += cell(
          width: WordBody.textWidth, span: units + 1,
          WordBody.paragraph(style: "ChartLabel", WordBody.run(bar.label)))
        out += "</w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr>"
        var used = 0
        for (rag, span) in spans(of: bar, scale: chart.largestTotal, units: units) {
          let shade = RAGShade.of(rag)
          let letter =
            span >= 2
            ? WordBody.run(
              "\(rag.letter)", properties: #"<w:b/><w:color w:val="\#(shade.text)"/>"#) : ""
          out += cell(
            width: span * unitWidth, span: span, shade: shade.fill, outlined: true,
            WordBody.paragraph(style: "ChartBar", letter))
          used += span
        }
        if used < units {
          out += cell(
            width: (units - used) * unitWidth, span: units - used,
            WordBody.paragraph(style: "ChartBar", ""))
        }
        out += cell(
          width: countsWidth,
          WordBody.paragraph(style: "TableText", WordBody.run(" \(bar.countsText) (\(bar.total))")))
        out += "</w:tr>"
      }
      out += "</w:tbl>"
      return out + WordBody.paragraph(style: "Caption", WordBody.run(figure.caption))
    }
  }

  /// How many of `units` grid columns each class of `bar` spans: its share of `scale`,
  /// at least one for a class with any count, and never more than `units` in all.
  static func spans(of bar: RAGBarChart.Bar, scale: Int, units: Int) -> [(RAGClass, Int)] {
    var spans = bar.segments.map {
      ($0.rag, max(1, bar.length(of: $0.rag, scale: scale, length: units)))
    }
    while spans.reduce(0, { $0 + $1.1 }) > units,
      let widest = spans.indices.max(by: { spans[$0].1 < spans[$1].1 }), spans[widest].1 > 1
    {
      spans[widest].1 -= 1
    }
    return spans
  }

  /// A row's start: kept whole on one page (`w:cantSplit`) unless its text is too long for
  /// a page, when Word and LibreOffice would cut it off rather than break it.
  private static func rowStart(texts: [String], widths: [Int]) -> String {
    let lines = zip(texts, widths).map { text, width in
      // About 85 twentieths of a point a character at 8.5 pt, less the cell's margins.
      let perLine = max(1, (width - 170) / 85)
      return MarkupText.lines(of: text).reduce(0) {
        $0 + max(1, ($1.count + perLine - 1) / perLine)
      }
    }
    return (lines.max() ?? 0) <= 40 ? "<w:tr><w:trPr><w:cantSplit/></w:trPr>" : "<w:tr>"
  }

  /// Table properties in schema order: style, width, fixed layout, look, caption and
  /// description (Word's alternative text for the table).
  private static func properties(label: String, description: String?, style: String) -> String {
    var out =
      #"<w:tblPr><w:tblStyle w:val="\#(style)"/><w:tblW w:w="\#(WordBody.textWidth)" w:type="dxa"/>"#
    out += #"<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/>"#
    out += #"<w:tblCaption w:val="\#(MarkupText.escapedOneLine(label))"/>"#
    if let description {
      out += #"<w:tblDescription w:val="\#(MarkupText.escapedOneLine(description))"/>"#
    }
    return out + "</w:tblPr>"
  }

  /// A cell `width` wide spanning `span` grid columns, shaded, and `outlined` with a thin
  /// dark rule (a chart's segments, so that a white one still shows).
  private static func cell(
    width: Int, span: Int = 1, shade: String? = nil, outlined: Bool = false, _ content: String
  ) -> String {
    var tcPr = #"<w:tcW w:w="\#(width)" w:type="dxa"/>"#
    if span > 1 { tcPr += #"<w:gridSpan w:val="\#(span)"/>"# }
    if outlined {
      let rule = #"w:val="single" w:sz="4" w:space="0" w:color="1A1A1A""#
      tcPr +=
        "<w:tcBorders>"
        + ["top", "left", "bottom", "right"].map { "<w:\($0) \(rule)/>" }
        .joined() + "</w:tcBorders>"
    }
    if let shade { tcPr += #"<w:shd w:val="clear" w:color="auto" w:fill="\#(shade)"/>"# }
    return "<w:tc><w:tcPr>\(tcPr)</w:tcPr>\(content)</w:tc>"
  }

  // MARK: Widths

  /// Column widths, in twentieths of a point, that add up to the text width: the columns'
  /// shares of it (``TableLayout``), the last column taking what rounding leaves.
  static func columnWidths(_ table: Table) -> [Int] {
    var widths = TableLayout.shares(of: table).map { Int($0 * Double(WordBody.textWidth)) }
    if !widths.isEmpty { widths[widths.count - 1] += WordBody.textWidth - widths.reduce(0, +) }
    return widths
  }
}
