import BoardwalkCore

/// Writes a ``Document`` as GitHub-flavoured Markdown, every piece of text through
/// ``MarkdownText``: nothing in the text can start a structure, inject HTML, make a link or
/// break a table.
///
/// - The title is a level-1 heading; sections are level 2, their subsections 3 and 4.
/// - Paragraphs, lists, tables and figures are each followed by a blank line (an empty
///   list is that blank line alone); line breaks inside text are `<br>`, and a line break
///   run is `<br>` and a new line of the source.
/// - A figure is its caption and a table of its counts; a signature line is dot leaders.
/// - The closing line ends the file with a single line feed.
/// - Metadata is page furniture, and Markdown has no pages: a document that must say it is
///   a draft or not for publication in every format says so in its text, as minutes do.
/// - Table labels have no place in GFM and are left out.
public struct MarkdownWriter: Sendable {
  public init() {}

  /// The document as Markdown.
  public func write(_ document: Document) -> String {
    var out = "# " + MarkdownText.inline(document.title) + "\n\n"
    for block in document.preamble { out += self.block(block) }
    for section in document.sections { out += self.section(section, level: 1) }
    if !document.closing.isEmpty { out += Self.runs(document.closing, in: .paragraph) + "\n" }
    return out
  }

  private func section(_ section: Section, level: Int) -> String {
    let level = min(level, Section.deepestLevel)
    var out = String(repeating: "#", count: level + 1) + " "
    if let number = section.number { out += "\(number). " }
    out += Self.runs(section.heading, in: .heading) + "\n\n"
    for block in section.blocks { out += self.block(block) }
    for subsection in section.subsections { out += self.section(subsection, level: level + 1) }
    return out
  }

  private func block(_ block: Block) -> String {
    switch block {
    case .paragraph(let runs):
      return Self.runs(runs, in: .paragraph) + "\n\n"
    case .bulletList(let items):
      return items.map { "- " + Self.runs($0, in: .paragraph) + "\n" }.joined() + "\n"
    case .table(let table):
      return Self.table(header: table.header, rows: table.rows.map { $0.map(Self.cell) })
    case .figure(let figure):
      switch figure.chart {
      case .ragBars(let chart):
        let rows = chart.bars.map { bar in
          [MarkdownText.inline(bar.label)]
            + (RAGClass.allCases + [nil]).map { String($0.map(bar.count) ?? bar.total) }
        }
        return Self.runs([.emphasis(figure.caption)], in: .paragraph) + "\n\n"
          + Self.table(
            header: [chart.labelHeading] + RAGClass.allCases.map(\.title) + ["Total"], rows: rows)
      }
    case .signature(let line):
      return Self.runs(
        [
          .text("Signed \(SignatureLine.leader) \(line.role)"), .lineBreak,
          .text("Date \(SignatureLine.leader)"),
        ], in: .paragraph) + "\n\n"
    }
  }

  /// A GFM table, as ``MarkdownText/table(header:rows:)`` lays one out, of cells already
  /// written as Markdown.
  private static func table(header: [String], rows: [[String]]) -> String {
    func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
    var out = line(header.map { MarkdownText.inline($0) })
    out += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for row in rows { out += line(row) }
    return out + "\n"
  }

  private static func cell(_ cell: Cell) -> String {
    switch cell {
    case .text(let inline): runs(inline, in: .cell)
    case .rag: MarkdownText.inline(cell.plainText)
    }
  }

  // MARK: Runs

  /// Where runs are written: what a line break becomes.
  enum Context {
    /// Line breaks in text are `<br>`; a line break run is `<br>` and a new source line.
    case paragraph
    /// Line breaks are spaces: a heading is one line.
    case heading
    /// Line breaks are `<br>`, and the source never breaks the line (the table row).
    case cell

    var breaks: MarkdownText.LineBreaks { self == .heading ? .spaces : .html }

    var lineBreak: String {
      switch self {
      case .paragraph: "<br>\n"
      case .heading: " "
      case .cell: "<br>"
      }
    }
  }

  /// Runs written as Markdown: each text escaped as one piece by ``MarkdownText``.
  ///
  /// `MarkdownText` treats a piece as if it began a line: it drops leading blanks and
  /// escapes a list or heading marker at its start. A run that does not begin a line keeps
  /// its leading blanks (they separate it from the run before). Two texts are escaped
  /// together where their join could start a link (`www` and `.example`, `https` and
  /// `://`) or a list (`1` at the start of a line and `. item`).
  static func runs(_ runs: [Inline], in context: Context) -> String {
    var pieces: [String] = []
    var atLineStart = true
    // The text run just written, when nothing has been written after it.
    var previous: (raw: String, piece: Int, atLineStart: Bool)?
    for run in runs {
      let written = pieces.count
      switch run {
      case .text(let text):
        guard !text.isEmpty else { continue }
        if let last = previous, mustEscapeTogether(last.raw, text, atLineStart: last.atLineStart) {
          let joined = last.raw + text
          pieces[last.piece] = escaped(joined, atLineStart: last.atLineStart, context)
          previous = (joined, last.piece, last.atLineStart)
          atLineStart = last.atLineStart && pieces[last.piece].isEmpty
          continue
        }
        pieces.append(escaped(text, atLineStart: atLineStart, context))
        previous = (text, pieces.count - 1, atLineStart)
      case .strong(let text), .emphasis(let text):
        let marker = if case .strong = run { "**" } else { "*" }
        let (leading, core, trailing) = blanksAround(text)
        if !atLineStart { pieces.append(leading) }
        if !core.isEmpty {
          pieces.append(marker + MarkdownText.inline(core, lineBreaks: context.breaks) + marker)
        }
        pieces.append(trailing)
        previous = nil
      case .lineBreak:
        pieces.append(context.lineBreak)
        previous = nil
        atLineStart = context == .paragraph
        continue
      }
      if pieces[written...].contains(where: { !$0.isEmpty }) { atLineStart = false }
    }
    return pieces.joined()
  }

  /// A text written by ``MarkdownText``, its leading blanks kept when it does not begin a line.
  private static func escaped(_ text: String, atLineStart: Bool, _ context: Context) -> String {
    let escaped = MarkdownText.inline(text, lineBreaks: context.breaks)
    guard !atLineStart else { return escaped }
    return String(text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }) + escaped
  }

  /// `text` split into its leading blanks, the rest, and its trailing blanks: emphasis
  /// markers must touch the words they mark.
  private static func blanksAround(_ text: String) -> (String, String, String) {
    let scalars = Array(text.unicodeScalars)
    let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
    let start = scalars.firstIndex { !isBlank($0) } ?? scalars.count
    let end = (scalars.lastIndex { !isBlank($0) }).map { $0 + 1 } ?? start
    func string(_ range: Range<Int>) -> String {
      String(String.UnicodeScalarView(scalars[range]))
    }
    return (
      string(0..<start), string(start..<max(start, end)), string(max(start, end)..<scalars.count)
    )
  }

  /// Whether `first` followed by `second` must be escaped as one text: where GFM could
  /// read a link across the join (`www.`, `http://`, `https://`, `ftp://` with part on
  /// each side), or where `first` begins a line with nothing but digits, which with
  /// `second` could make a numbered list's marker.
  static func mustEscapeTogether(_ first: String, _ second: String, atLineStart: Bool) -> Bool {
    if atLineStart {
      let rest = first.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
      if rest.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return true }
    }
    // Read as UTF-8 bytes, ASCII letters lowered: the patterns are ASCII, and a byte of a
    // longer character never equals an ASCII byte, so a match here is a match of scalars.
    // Up to seven bytes each side of the join, on the stack: minutes join tens of thousands
    // of runs.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 14) { join in
      var count = 0
      for byte in first.utf8.suffix(7) {
        join[count] = lowered(byte)
        count += 1
      }
      let tailCount = count
      for byte in second.utf8.prefix(7) {
        join[count] = lowered(byte)
        count += 1
      }
      for pattern in joinPatterns {
        // Patterns that start in `first` and end in `second`.
        for start in 0..<tailCount where start + pattern.count > tailCount {
          guard start + pattern.count <= count else { break }
          if (0..<pattern.count).allSatisfy({ join[start + $0] == pattern[$0] }) { return true }
        }
      }
      return false
    }
  }

  /// What GFM could read as the start of a link.
  private static let joinPatterns: [[UInt8]] = ["www.", "http://", "https://", "ftp://"].map {
    Array($0.utf8)
  }

  @inline(__always)
  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }
}
