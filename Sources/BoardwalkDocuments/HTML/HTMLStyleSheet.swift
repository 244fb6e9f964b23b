import BoardwalkCore

/// The style sheet every HTML document carries inline: readable on a screen, and printed on
/// A4 with the marks at the top of every page and page numbers at the foot.
enum HTMLStyleSheet {
  /// The CSS, with `marks` (constant words, never document text) as the printed running head.
  static func css(marks: [String]) -> String {
    var css = """
      :root { color-scheme: light; }
      html { font-family: "Liberation Sans", Arial, Helvetica, system-ui, sans-serif; font-size: 16px; line-height: 1.45; color: #1a1a1a; background: #ffffff; }
      body { margin: 0; }
      main { max-width: 62rem; margin: 0 auto; padding: 1.5rem; overflow-wrap: anywhere; }
      h1 { font-size: 1.75rem; margin: 0 0 1rem; }
      h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.2rem; border-bottom: 2px solid #1a1a1a; }
      h3 { font-size: 1.12rem; margin: 1.5rem 0 0.5rem; }
      h4 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
      p, ul { margin: 0 0 0.8rem; }
      li { margin: 0 0 0.25rem; }
      .marks { margin: 0; padding: 0.5rem 1rem; text-align: center; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #8a0000; background: #ffffff; border-bottom: 3px solid #8a0000; }
      .marks span + span::before { content: "· "; }
      .table { overflow-x: auto; margin: 0 0 1.2rem; }
      table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 0.9rem; }
      th, td { border: 1px solid #595959; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
      thead th { background: #e6e6e6; }
      tbody th { font-weight: 600; }

      """
    for rag in RAGClass.allCases {
      let shade = RAGShade.of(rag)
      css += ".rag-\(rag.rawValue) { background: #\(shade.fill); color: #\(shade.text); }\n"
    }
    css += """
      .rag { font-weight: 700; }
      .rag .letter { display: inline-block; min-width: 1.3em; margin-right: 0.3em; text-align: center; border: 1px solid currentColor; border-radius: 3px; }
      figure { margin: 0 0 1.2rem; }
      .bar-row { margin: 0 0 0.5rem; }
      .bar-line { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2rem 0.75rem; }
      .bar { max-width: 100%; height: auto; font: 700 13px Arial, sans-serif; }
      .bar-counts { white-space: nowrap; font-variant-numeric: tabular-nums; }
      figcaption { font-style: italic; margin-top: 0.3rem; }
      .signature { margin: 2.5rem 0 1rem; max-width: 34rem; }
      .signature p { display: flex; gap: 0.5rem; align-items: baseline; margin: 0 0 1.6rem; }
      .signature .fill { flex: 1; border-bottom: 1px dotted #1a1a1a; min-width: 12rem; }
      .closing { margin-top: 1.5rem; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      @page {
        size: A4;
        margin: 18mm 14mm 18mm 14mm;

      """
    if !marks.isEmpty {
      let words = marks.map { $0.uppercased() }.joined(separator: " · ")
      css +=
        "  @top-right { content: \"\(words)\"; color: #8a0000; font: 700 9pt Arial, sans-serif; }\n"
    }
    css += """
        @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; color: #1a1a1a; }
      }
      @media print {
        html { font-size: 10.5pt; }
        main { max-width: none; padding: 0; }
        .marks { border: 2px solid #8a0000; margin-bottom: 0.8rem; }
        .new-page { break-before: page; }
        .table { overflow: visible; }
        table { font-size: 8.5pt; }
        thead { display: table-header-group; }
        tr, .bar-row, .signature { break-inside: avoid; }
        h2, h3, h4 { break-after: avoid; }
      }

      """
    return css
  }
}
