import BoardwalkCore
import BoardwalkDocuments
import BoardwalkTestSupport
import Testing

@Suite("the Markdown writer")
struct MarkdownWriterTests {
  static let writer = MarkdownWriter()

  static func markdown(_ sections: [Section], preamble: [Block] = [], closing: [Inline] = [])
    -> String
  {
    writer.write(Document(title: "T", preamble: preamble, sections: sections, closing: closing))
  }

  @Test("the title is #, sections ##, subsections ### and ####, and deeper ones stay at ####")
  func headingLevels() {
    let deep = Section("four", subsections: [Section("five")])
    let markdown = Self.markdown([
      Section(
        "one", number: 1,
        subsections: [Section("two", subsections: [Section("three", subsections: [deep])])])
    ])
    #expect(markdown == "# T\n\n## 1. one\n\n### two\n\n#### three\n\n#### four\n\n#### five\n\n")
  }

  @Test(
    "paragraphs, lists and tables are each followed by a blank line; the closing line ends the file"
  )
  func blocks() {
    let markdown = Self.markdown(
      [
        Section(
          "S",
          blocks: [
            .paragraph([.strong("Date:"), .text(" 22 Nov"), .lineBreak, .emphasis("note")]),
            .bulletList([[.text("a")], [.strong("b:"), .text(" c")]]),
            .bulletList([]),
            .table(
              Table(
                label: "no place in Markdown", header: ["A", "B"],
                rows: [["1", .rag(.red, label: "Off track")]])),
          ])
      ], closing: [.strong("Next meeting:"), .text(" 24 Jan 2027")])
    #expect(
      markdown
        == "# T\n\n## S\n\n**Date:** 22 Nov<br>\n*note*\n\n- a\n- **b:** c\n\n\n| A | B |\n| --- | --- |\n| 1 | Off track |\n\n**Next meeting:** 24 Jan 2027\n"
    )
  }

  @Test("a figure is its caption and a table of its counts; a signature line is dot leaders")
  func figureAndSignature() {
    let markdown = Self.markdown([
      Section("S", blocks: [.figure(SamplePaper.chart), .signature(SignatureLine(role: "Chair"))])
    ])
    let expected = """
      *Actions by RAG class, per area*

      | Area | Red | Amber | Green | Blue | Grey | Unrated | Total |
      | --- | --- | --- | --- | --- | --- | --- | --- |
      | H1 Timeliness of EHC plans | 1 | 1 | 1 | 0 | 0 | 1 | 4 |
      | H2 Preparation for adulthood | 0 | 1 | 0 | 1 | 0 | 0 | 2 |
      | HI1 Joint commissioning | 0 | 1 | 0 | 0 | 0 | 1 | 2 |

      Signed \(SignatureLine.leader) Chair<br>
      Date \(SignatureLine.leader)


      """
    #expect(markdown.hasSuffix(expected))
  }

  @Test("metadata is page furniture, which Markdown has no place for")
  func noFurniture() {
    let plain = Self.writer.write(Document(title: "T", sections: [Section("S")]))
    let marked = Self.writer.write(
      Document(
        title: "T", metadata: Metadata(isDraft: true, audience: .full), sections: [Section("S")]))
    #expect(plain == marked)
  }

  @Test("emphasis markers touch the words they mark: blanks inside are moved outside")
  func emphasisBlanks() {
    let markdown = Self.markdown(
      [], preamble: [.paragraph([.text("a"), .strong(" b "), .text("c"), .emphasis("  ")])])
    #expect(markdown == "# T\n\na **b** c  \n\n")
  }

  @Test("a run keeps the blanks that separate it from the run before; a line's leading blanks go")
  func leadingBlanks() {
    let markdown = Self.markdown(
      [],
      preamble: [.paragraph([.text("    indented"), .text(" then"), .lineBreak, .text("\tnext")])])
    #expect(markdown == "# T\n\nindented then<br>\nnext\n\n")
  }

  @Test("headings run onto one line; the title keeps its breaks as <br>")
  func headingBreaks() {
    let markdown = MarkdownWriter().write(
      Document(title: "Two\nlines", sections: [Section([.text("a\nb"), .lineBreak, .strong("c")])]))
    #expect(markdown == "# Two<br>lines\n\n## a b **c**\n\n")
  }
}
