import BoardwalkCore
import BoardwalkDocuments
import BoardwalkTestSupport

/// A paper with ``HostileText`` in every text the model holds: the title, runs of every
/// kind, headings, list items, table labels, headings and cells, a RAG cell's label, a
/// figure's caption and bar labels, a signature's role, the closing line.
enum HostilePaper {
  static let t = HostileText.raw

  /// The labels of the fields that must be shown whole, as text, in every format.
  static let labels = [
    "TITLE", "STRONG", "TEXT", "EMPHASIS", "HEADING", "SUBHEADING", "PARAGRAPH", "ITEM",
    "HEADER", "CELL", "RAG-LABEL", "CAPTION", "BAR", "ROLE", "CLOSING",
  ]

  /// Labels of texts only written where a format has a place for them (table labels).
  static let unshownLabels = ["TABLE-LABEL"]

  static func document(audience: Metadata.Audience = .public) -> Document {
    Document(
      title: t("TITLE"),
      metadata: Metadata(isDraft: true, audience: audience, date: SamplePaper.date),
      preamble: [.paragraph([.strong(t("STRONG")), .text(" "), .text(t("TEXT")), .lineBreak])],
      sections: [
        Section(
          t("HEADING"), number: 1,
          blocks: [
            .paragraph([.emphasis(t("EMPHASIS"))]),
            .table(
              Table(
                label: t("TABLE-LABEL"), header: ["ID", t("HEADER")],
                rows: [["1", .plain(t("CELL"))], ["2", .rag(.red, label: t("RAG-LABEL"))]],
                firstColumnNamesRows: true)),
          ],
          subsections: [
            Section(
              t("SUBHEADING"),
              blocks: [
                .paragraph(t("PARAGRAPH")), .bulletList([[.text(t("ITEM"))]]),
                .figure(
                  Figure(
                    caption: t("CAPTION"),
                    chart: .ragBars(
                      RAGBarChart(
                        labelHeading: "Area", bars: [.init(label: t("BAR"), counts: [.red: 2])])))),
                .signature(SignatureLine(role: t("ROLE"))),
              ])
          ])
      ],
      closing: [.text(t("CLOSING"))])
  }
}
