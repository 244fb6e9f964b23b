import BoardwalkCore
import BoardwalkDocuments
import BoardwalkTestSupport
import Testing

/// The Word writer's files as python-docx, an independent reader, finds them.
@Suite("Word documents read by python-docx", .requires(.pythonDocx))
struct DOCXInPythonDocxTests {
  static func read(_ document: Document) throws -> WordReading {
    try PythonDocx.read(bytes: try DOCXWriter().write(document))
  }

  @Test("the title and the headings are found by their styles, in order")
  func headings() throws {
    let reading = try Self.read(SamplePaper.document())
    #expect(reading.texts(inStyle: "Title") == [SamplePaper.title])
    #expect(
      reading.texts(inStyle: "Heading 1") == [
        "RAG summary", "Exceptions", "Action log", "Approval",
      ])
    #expect(
      reading.texts(inStyle: "Heading 2") == [
        "Harbour SEND Priority Action Plan", "1. H1.2: Review home to school transport",
      ])
    #expect(reading.texts(inStyle: "Heading 3") == ["What the lead proposes"])
    #expect(
      reading.texts(inStyle: "List Bullet") == [
        "Discussed: Transport procurement failed twice.", "Decision: Retender in January.",
      ])
    let breaks = reading.paragraphs.filter { $0.pageBreakBefore == true }.compactMap(\.text)
    #expect(breaks == ["Exceptions", "Action log"])
  }

  @Test(
    "tables have a header row that repeats on every page, in the Boardwalk table style, named by their label"
  )
  func tables() throws {
    let tables = try Self.read(SamplePaper.document()).tables
    #expect(tables.count == 3)
    let log = tables[2]
    #expect(log.style == "Boardwalk Table")
    #expect(log.caption == "Action log: every open action")
    let rows = try #require(log.rows)
    #expect(rows.count == SamplePaper.logRows + 1)
    #expect(rows.map(\.header) == [true] + Array(repeating: false, count: SamplePaper.logRows))
    #expect(rows[0].cells.map(\.text) == SamplePaper.logHeader)
    #expect(rows[0].cells.allSatisfy { $0.fill == "E6E6E6" })
  }

  @Test("RAG cells are shaded in their class's colour and carry its letter and words")
  func ragCells() throws {
    let rows = try #require(try Self.read(SamplePaper.document()).tables[2].rows)
    let fills = ["B3261E", "F2B200", "1E6B34", "1F4E9C", "C4C4C4", "FFFFFF"]
    for (index, rag) in SamplePaper.ragCycle.enumerated() {
      let cell = rows[index + 1].cells[5]
      let words = rag.title
      #expect(cell.text == "\(rag.letter) \(words)")
      #expect(cell.fill == fills[index])
    }
  }

  @Test(
    "the chart is a table of shaded bars with the counts and letters beside them, described by its text alternative"
  )
  func chart() throws {
    let chart = try Self.read(SamplePaper.document()).tables[0]
    #expect(chart.caption == "Actions by RAG class, per area")
    #expect(chart.description == SamplePaper.chart.textAlternative)
    let rows = try #require(chart.rows)
    // A row with each bar's label, then a row with the bar and its counts.
    let labels = stride(from: 0, to: rows.count, by: 2).map { rows[$0].cells.map(\.text) }
    let bars = stride(from: 1, to: rows.count, by: 2).map { rows[$0] }
    #expect(
      labels == [
        ["H1 Timeliness of EHC plans"], ["H2 Preparation for adulthood"],
        ["HI1 Joint commissioning"],
      ])
    #expect(
      bars.map { $0.cells.last?.text } == [
        " R 1 · A 1 · G 1 · - 1 (4)", " A 1 · B 1 (2)", " A 1 · - 1 (2)",
      ])
    #expect(bars[0].cells.dropLast().map(\.fill) == ["B3261E", "F2B200", "1E6B34", "FFFFFF"])
    #expect(bars[0].cells.dropLast().map(\.text) == ["R", "A", "G", "-"])
    #expect(bars[1].cells.dropLast().map(\.fill) == ["F2B200", "1F4E9C", nil])
  }

  @Test(
    "DRAFT and Not for publication head every page; the footer has the title and page numbers; the properties say what the paper is"
  )
  func marks() throws {
    let reading = try Self.read(SamplePaper.document())
    #expect(reading.header == ["DRAFT · Not for publication"])
    // python-docx reads no field's result: the page numbers are the PAGE and NUMPAGES fields.
    #expect(reading.footer == ["\(SamplePaper.title)\tPage  of "])
    #expect(reading.core.title == SamplePaper.title)
    #expect(reading.core.status == "Draft")
    #expect(reading.core.category == "Full: not for publication")
    #expect(reading.core.language == "en-GB")
    #expect(reading.core.created?.hasPrefix("2026-11-22T00:00:00") == true)
    #expect(
      reading.fields.compactMap { $0?.trimmingCharacters(in: .whitespaces) }.sorted() == [
        "NUMPAGES", "PAGE",
      ])
    let published = try Self.read(SamplePaper.document(isDraft: false, audience: .public))
    #expect(published.header.isEmpty)
    #expect(published.core.status == nil || published.core.status == "")
    #expect(published.core.category == "Public")
  }

  @Test(
    "hostile text in every field round-trips as text: exactly as written, controls as placeholders, no link"
  )
  func hostile() throws {
    let reading = try Self.read(HostilePaper.document(audience: .full))
    #expect(reading.hyperlinks == 0)
    #expect(reading.texts(inStyle: "Title") == [Self.kept("TITLE")])
    #expect(reading.texts(inStyle: "Heading 1") == ["1. " + Self.oneLine("HEADING")])
    #expect(reading.texts(inStyle: "Heading 2") == [Self.oneLine("SUBHEADING")])
    #expect(reading.texts(inStyle: "List Bullet") == [Self.kept("ITEM")])
    let paragraphs = reading.paragraphs.compactMap(\.text)
    #expect(paragraphs.contains(Self.kept("STRONG") + " " + Self.kept("TEXT") + "\n"))
    for label in ["EMPHASIS", "PARAGRAPH", "CAPTION", "CLOSING"] {
      #expect(paragraphs.contains(Self.kept(label)), "\(label)")
    }
    #expect(
      paragraphs.contains("Signed\t " + Self.kept("ROLE").replacingOccurrences(of: "\t", with: " "))
    )
    let table = try #require(reading.tables.first?.rows)
    #expect(table[0].cells.map(\.text) == ["ID", Self.kept("HEADER")])
    #expect(table[1].cells.map(\.text) == ["1", Self.kept("CELL")])
    #expect(table[2].cells.map(\.text) == ["2", "R " + Self.kept("RAG-LABEL")])
    // An attribute's tabs are spaces to an XML reader.
    #expect(
      reading.tables.first?.caption
        == Self.oneLine("TABLE-LABEL").replacingOccurrences(of: "\t", with: " "))
    #expect(reading.tables.last?.rows?.first?.cells.first?.text == Self.kept("BAR"))
  }

  /// A field's hostile text as Word keeps it: its line breaks as line feeds (CR LF and CR
  /// too), tabs as tabs, controls as their placeholders.
  static func kept(_ label: String) -> String {
    HostileText.raw(label).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
      of: "\r", with: "\n"
    )
    .replacingOccurrences(of: "\u{1B}", with: "␛").replacingOccurrences(of: "\u{07}", with: "␇")
    .replacingOccurrences(of: "\u{7F}", with: "␡")
  }

  /// A heading's or label's text: its lines joined by spaces.
  static func oneLine(_ label: String) -> String {
    kept(label).replacingOccurrences(of: "\n", with: " ")
  }
}
