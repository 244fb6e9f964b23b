import BoardwalkCore
import BoardwalkDocuments
import Testing

@Suite("the document model")
struct DocumentModelTests {
  @Test(
    "a table's rows always have the header's number of cells: short rows are filled, long ones cut")
  func rowsFitTheHeader() {
    var table = Table(label: "t", header: ["A", "B", "C"], rows: [["1"], ["1", "2", "3", "4"]])
    #expect(table.rows.map(\.count) == [3, 3])
    #expect(table.rows[0][1] == .text([]))
    #expect(table.rows[1].map(\.plainText) == ["1", "2", "3"])
    table.rows.append(["only one"])
    #expect(table.rows.map(\.count) == [3, 3, 3])
  }

  @Test("a RAG cell reads as the words given for its level, or its class alone")
  func ragCellText() {
    #expect(Cell.rag(.amber, label: "Some concerns (amber)").plainText == "Some concerns (amber)")
    #expect(Cell.rag(.amber, label: "Amber").plainText == "Amber")
    #expect(Cell.rag(.unrated, label: nil).plainText == "Unrated")
    #expect(Cell.rag(.red, label: nil).plainText == "Red")
  }

  @Test("marks follow from the metadata: DRAFT for a draft, Not for publication for full papers")
  func marks() {
    #expect(Metadata().marks.isEmpty)
    #expect(Metadata(isDraft: true).marks == [.draft])
    #expect(Metadata(audience: .full).marks == [.notForPublication])
    #expect(
      Metadata(isDraft: true, audience: .full).marks.map(\.text) == [
        "DRAFT", "Not for publication",
      ])
  }

  @Test("a bar chart's text alternative says every count in words")
  func chartAlternative() {
    let figure = SamplePaper.chart
    #expect(
      figure.textAlternative
        == "Actions by RAG class, per area. H1 Timeliness of EHC plans: 1 Red, 1 Amber, 1 Green, 1 Unrated (4 in all)."
        + " H2 Preparation for adulthood: 1 Amber, 1 Blue (2 in all)."
        + " HI1 Joint commissioning: 1 Amber, 1 Unrated (2 in all).")
  }

  @Test("a bar's counts beside it carry the classes' letters")
  func countsText() {
    let bar = RAGBarChart.Bar(label: "x", counts: [.green: 3, .red: 1, .unrated: 2])
    #expect(bar.countsText == "R 1 · G 3 · - 2")
    #expect(RAGBarChart.Bar(label: "empty", counts: [:]).countsText == "none")
  }

  @Test("counts that would overflow add up to Int.max, and segments stay within the bar")
  func hugeCounts() {
    let bar = RAGBarChart.Bar(label: "x", counts: [.red: Int.max, .amber: Int.max, .green: -5])
    #expect(bar.total == Int.max)
    #expect(bar.count(.green) == 0)
    #expect(bar.length(of: .red, scale: bar.total, length: 300) == 300)
  }

  @Test("runs read as plain text, line breaks as line feeds")
  func plainText() {
    let runs: [Inline] = [.strong("Date:"), .text(" 22 Nov"), .lineBreak, .emphasis("draft")]
    #expect(runs.plainText == "Date: 22 Nov\ndraft")
  }
}
