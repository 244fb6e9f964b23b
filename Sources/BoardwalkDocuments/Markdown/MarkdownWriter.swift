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
    String(decoding: bytes(of: document), as: UTF8.self)
  }

  /// The document as Markdown in UTF-8: the bytes of ``write(_:)``.
  ///
  /// The whole document is written into one buffer, each text escaped straight into it:
  /// minutes of tens of thousands of table rows make no string per run, cell or row.
  public func bytes(of document: Document) -> [UInt8] {
    var out: [UInt8] = []
    out += "# ".utf8
    MarkdownText.appendInline(document.title, to: &out)
    out += "\n\n".utf8
    for block in document.preamble { Self.block(block, into: &out) }
    for section in document.sections { Self.section(section, level: 1, into: &out) }
    if !document.closing.isEmpty {
      Self.runs(document.closing, in: .paragraph, into: &out)
      out += "\n".utf8
    }
    return out
  }

  private static func section(_ section: Section, level: Int, into out: inout [UInt8]) {
    let level = min(level, Section.deepestLevel)
    out += repeatElement(UInt8(ascii: "#"), count: level + 1)
    out += " ".utf8
    if let number = section.number { out += "\(number). ".utf8 }
    runs(section.heading, in: .heading, into: &out)
    out += "\n\n".utf8
    for block in section.blocks { self.block(block, into: &out) }
    guard section.subsections.count > subsectionsWrittenAlone else {
      for subsection in section.subsections {
        self.section(subsection, level: level + 1, into: &out)
      }
      return
    }
    // Many subsections (a meeting's items): written in batches on every core, then joined
    // in order. Each subsection's Markdown depends on nothing around it.
    let subsections = section.subsections
    let batches = stride(from: 0, to: subsections.count, by: subsectionsWrittenAlone).map {
      $0..<min($0 + subsectionsWrittenAlone, subsections.count)
    }
    let parts = ConcurrentMap.map(batches) { range in
      var part: [UInt8] = []
      for subsection in subsections[range] {
        self.section(subsection, level: level + 1, into: &part)
      }
      return part
    }
    out.reserveCapacity(out.count + parts.reduce(0) { $0 + $1.count })
    for part in parts { out += part }
  }

  /// Up to this many subsections are written one after another; more are shared out.
  static let subsectionsWrittenAlone = 256

  private static func block(_ block: Block, into out: inout [UInt8]) {
    switch block {
    case .paragraph(let runs):
      self.runs(runs, in: .paragraph, into: &out)
      out += "\n\n".utf8
    case .bulletList(let items):
      for item in items {
        out += "- ".utf8
        runs(item, in: .paragraph, into: &out)
        out += "\n".utf8
      }
      out += "\n".utf8
    case .table(let table):
      self.table(header: table.header, rows: table.rows, into: &out) { row, out in
        cells(row, into: &out)
      }
    case .figure(let figure):
      switch figure.chart {
      case .ragBars(let chart):
        runs([.emphasis(figure.caption)], in: .paragraph, into: &out)
        out += "\n\n".utf8
        self.table(
          header: [chart.labelHeading] + RAGClass.allCases.map(\.title) + ["Total"],
          rows: chart.bars, into: &out
        ) { bar, out in
          MarkdownText.appendInline(bar.label, to: &out)
          for rag in RAGClass.allCases { out += " | \(bar.count(rag))".utf8 }
          out += " | \(bar.total)".utf8
        }
      }
    case .signature(let line):
      runs(
        [
          .text("Signed \(SignatureLine.leader) \(line.role)"), .lineBreak,
          .text("Date \(SignatureLine.leader)"),
        ], in: .paragraph, into: &out)
      out += "\n\n".utf8
    }
  }

  /// A GFM table, as ``MarkdownText/table(header:rows:)`` lays one out: `writeRow` writes a
  /// row's cells, separated by ` | `.
  private static func table<Row>(
    header: [String], rows: [Row], into out: inout [UInt8],
    writeRow: (Row, inout [UInt8]) -> Void
  ) {
    out += "| ".utf8
    for (column, heading) in header.enumerated() {
      if column > 0 { out += " | ".utf8 }
      MarkdownText.appendInline(heading, to: &out)
    }
    out += " |\n|".utf8
    for _ in header { out += " --- |".utf8 }
    out += "\n".utf8
    for row in rows {
      out += "| ".utf8
      writeRow(row, &out)
      out += " |\n".utf8
    }
    out += "\n".utf8
  }

  /// A table row's cells, separated by ` | `.
  private static func cells(_ cells: [Cell], into out: inout [UInt8]) {
    for (column, cell) in cells.enumerated() {
      if column > 0 { out += " | ".utf8 }
      switch cell {
      case .text(let inline): runs(inline, in: .cell, into: &out)
      case .rag: MarkdownText.appendInline(cell.plainText, to: &out)
      }
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

    var lineBreak: StaticString {
      switch self {
      case .paragraph: "<br>\n"
      case .heading: " "
      case .cell: "<br>"
      }
    }
  }

  /// Runs written as Markdown onto `out`: each text escaped as one piece by ``MarkdownText``.
  ///
  /// `MarkdownText` treats a piece as if it began a line: it drops leading blanks and
  /// escapes a list or heading marker at its start. A run that does not begin a line keeps
  /// its leading blanks (they separate it from the run before). Two texts are escaped
  /// together where their join could start a link (`www` and `.example`, `https` and
  /// `://`) or a list (`1` at the start of a line and `. item`): the first is taken back off
  /// the end of `out` and written again with the second.
  static func runs(_ runs: [Inline], in context: Context, into out: inout [UInt8]) {
    var atLineStart = true
    // The text run just written, when nothing has been written after it: its text, where
    // its escaped bytes start in `out`, and whether it began a line.
    var previous: (raw: String, start: Int, atLineStart: Bool)?
    for run in runs {
      let written = out.count
      switch run {
      case .text(let text):
        guard !text.isEmpty else { continue }
        if let last = previous, mustEscapeTogether(last.raw, text, atLineStart: last.atLineStart) {
          let joined = last.raw + text
          out.removeSubrange(last.start...)
          escape(joined, atLineStart: last.atLineStart, context, into: &out)
          previous = (joined, last.start, last.atLineStart)
          atLineStart = last.atLineStart && out.count == last.start
          continue
        }
        escape(text, atLineStart: atLineStart, context, into: &out)
        previous = (text, written, atLineStart)
      case .strong(let text), .emphasis(let text):
        let marker: StaticString = if case .strong = run { "**" } else { "*" }
        let utf8 = text.utf8
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        // Emphasis markers must touch the words they mark: blanks inside go outside.
        let start = utf8.firstIndex { !isBlank($0) } ?? utf8.endIndex
        let end = utf8.lastIndex { !isBlank($0) }.map { utf8.index(after: $0) } ?? start
        if !atLineStart { out += utf8[..<start] }
        if start < end {
          append(marker, to: &out)
          MarkdownText.appendInline(String(text[start..<end]), lineBreaks: context.breaks, to: &out)
          append(marker, to: &out)
        }
        out += utf8[end...]
        previous = nil
      case .lineBreak:
        append(context.lineBreak, to: &out)
        previous = nil
        atLineStart = context == .paragraph
        continue
      }
      if out.count > written { atLineStart = false }
    }
  }

  /// A text written by ``MarkdownText`` onto `out`, its leading blanks kept when it does not
  /// begin a line.
  private static func escape(
    _ text: String, atLineStart: Bool, _ context: Context, into out: inout [UInt8]
  ) {
    if !atLineStart {
      // Usually none: copied byte by byte, with no array made for them.
      for byte in text.utf8 {
        guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { break }
        out.append(byte)
      }
    }
    MarkdownText.appendInline(text, lineBreaks: context.breaks, to: &out)
  }

  private static func append(_ text: StaticString, to out: inout [UInt8]) {
    out.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
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
    // A link's start across the join ends `first` with a byte of a pattern before its last,
    // and starts `second` with one after its first: most joins (": ", " (", words) are
    // settled by those two bytes.
    guard let tail = first.utf8.last, joinTails[Int(lowered(tail))],
      let head = second.utf8.first, joinHeads[Int(lowered(head))]
    else { return false }
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

  /// Whether a byte (lowered) can end the part of a pattern before its last byte.
  private static let joinTails: [Bool] = (0..<256).map { byte in
    joinPatterns.contains { $0.dropLast().contains(UInt8(byte)) }
  }

  /// Whether a byte (lowered) can begin the part of a pattern after its first byte.
  private static let joinHeads: [Bool] = (0..<256).map { byte in
    joinPatterns.contains { $0.dropFirst().contains(UInt8(byte)) }
  }

  @inline(__always)
  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }
}
