import BoardwalkCore

/// A ``RAGBarChart`` in HTML: for each bar, its label as text, and under it the bar as
/// inline SVG split into its classes' colours (each segment wide enough carrying its
/// letter) with the counts and their letters beside it, so the numbers are read, not
/// guessed from lengths or colours. The whole is one image to a screen reader, named by the
/// figure's text alternative. (A label above its bar wraps as it needs and prints whole, at
/// any width.)
enum HTMLBarChart {
  static let barWidth = 300
  static let barHeight = 20

  static func figure(_ figure: Figure, id: String) -> String {
    switch figure.chart {
    case .ragBars(let chart):
      var out = "<figure class=\"chart\" aria-labelledby=\"\(id)-caption\">\n"
      out +=
        "<div class=\"bars\" role=\"img\" aria-label=\"\(MarkupText.escapedOneLine(figure.textAlternative))\">\n"
      for bar in chart.bars { out += row(bar, scale: chart.largestTotal) }
      out += "</div>\n"
      out +=
        "<figcaption id=\"\(id)-caption\">\(HTMLWriter.lines(figure.caption))</figcaption>\n</figure>\n"
      return out
    }
  }

  private static func row(_ bar: RAGBarChart.Bar, scale: Int) -> String {
    var out = "<div class=\"bar-row\"><div class=\"bar-label\">\(HTMLWriter.lines(bar.label))</div>"
    out +=
      "<div class=\"bar-line\"><svg class=\"bar\" width=\"\(barWidth)\" height=\"\(barHeight)\" viewBox=\"0 0 \(barWidth) \(barHeight)\" xmlns=\"http://www.w3.org/2000/svg\">"
    var x = 0
    for segment in bar.segments {
      let width = max(1, bar.length(of: segment.rag, scale: scale, length: barWidth))
      let shade = RAGShade.of(segment.rag)
      out +=
        "<rect x=\"\(x)\" y=\"0\" width=\"\(width)\" height=\"\(barHeight)\" fill=\"#\(shade.fill)\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>"
      if width >= 16 {
        out +=
          "<text x=\"\(x + width / 2)\" y=\"15\" text-anchor=\"middle\" fill=\"#\(shade.text)\">\(segment.rag.letter)</text>"
      }
      x += width
    }
    out += "</svg>"
    out +=
      " <span class=\"bar-counts\">\(MarkupText.escaped(bar.countsText)) (\(bar.total))</span></div></div>\n"
    return out
  }
}
