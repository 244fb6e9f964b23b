import BoardwalkCore
import BoardwalkDocuments
import BoardwalkTestSupport
import Testing

/// A board paper with every part the document model has: marks (DRAFT, not for
/// publication), a preamble, numbered sections three levels deep, paragraphs with bold,
/// italics and line breaks, a list, a RAG bar chart, a long table of RAG cells that runs
/// over pages, sections that start new pages, a signature line and a closing line.
enum SamplePaper {
  static let date = CalendarDate(year: 2026, month: 11, day: 22)!
  static let title = "Harbour SEND improvement board: pack for 22 November 2026"
  /// How many rows the action log has: enough to run over two printed pages.
  static let logRows = 70
  static let logHeader = ["Plan", "ID", "Action", "Owner", "Due", "Status"]
  static let ragCycle: [RAGClass] = [.red, .amber, .green, .blue, .grey, .unrated]

  static func document(isDraft: Bool = true, audience: Metadata.Audience = .full) -> Document {
    Document(
      title: title,
      metadata: Metadata(isDraft: isDraft, audience: audience, date: date),
      preamble: [
        .paragraph([
          .strong("Date:"), .text(" 22 Nov 2026"), .lineBreak, .strong("Chair:"),
          .text(" Cllr Amina Patel"),
        ]),
        .paragraph([.emphasis("Full pack, including confidential items: not for publication.")]),
      ],
      sections: [
        Section(
          "RAG summary",
          blocks: [
            .paragraph("Counts per RAG class for each area, after the last meeting's changes."),
            .figure(chart),
          ],
          subsections: [
            Section(
              "Harbour SEND Priority Action Plan",
              blocks: [
                .table(
                  Table(
                    label: "Status of the Harbour plan by area",
                    header: ["Area", "Red", "Amber", "Green", "Total"],
                    rows: [
                      ["H1 Timeliness of EHC plans", "1", "1", "1", "3"],
                      ["H2 Preparation for adulthood", "0", "1", "0", "1"],
                    ], firstColumnNamesRows: true))
              ])
          ]),
        Section(
          "Exceptions",
          subsections: [
            Section(
              [.text("H1.2"), .text(": "), .text("Review home to school transport")], number: 1,
              blocks: [
                .paragraph([
                  .text("Plan: harbour · Status: Red · Owners: Transport Manager")
                ]),
                .bulletList([
                  [.text("Discussed: "), .text("Transport procurement failed twice.")],
                  [.strong("Decision:"), .text(" "), .text("Retender in January.")],
                ]),
              ],
              subsections: [
                Section(
                  "What the lead proposes",
                  blocks: [
                    .paragraph([.text("Move the due date to "), .strong("March 2027"), .text(".")])
                  ]
                )
              ])
          ], startsNewPage: true),
        Section(
          "Action log",
          blocks: [
            .table(
              Table(label: "Action log: every open action", header: logHeader, rows: logRowsCells))
          ], startsNewPage: true),
        Section("Approval", blocks: [.signature(SignatureLine(role: "Chair"))]),
      ],
      closing: [.strong("Next meeting:"), .text(" 24 Jan 2027")])
  }

  static let chart = Figure(
    caption: "Actions by RAG class, per area",
    chart: .ragBars(
      RAGBarChart(
        labelHeading: "Area",
        bars: [
          .init(
            label: "H1 Timeliness of EHC plans",
            counts: [.red: 1, .amber: 1, .green: 1, .unrated: 1]),
          .init(label: "H2 Preparation for adulthood", counts: [.amber: 1, .blue: 1]),
          .init(label: "HI1 Joint commissioning", counts: [.amber: 1, .unrated: 1]),
        ])))

  /// Row `n` (from 1) of the action log: its ID is `A-n`, its status cycles through the
  /// classes.
  static var logRowsCells: [[Cell]] {
    (1...logRows).map { n in
      let rag = ragCycle[(n - 1) % ragCycle.count]
      return [
        "harbour", .plain("A-\(n)"), .plain("Action number \(n) of the log"), "Head of SEND",
        "30 Sep 2026", .rag(rag, label: rag == .unrated ? nil : rag.title),
      ]
    }
  }

  /// Checks the paper printed as `pdf`: every page carries the marks and its number, and
  /// the action log's header is at the top of each of the (two or more) pages it runs over.
  static func expectEveryPrintedPage(
    of pdf: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let pages = try Poppler.pageCount(of: pdf)
    var logPages = 0
    for page in 1...pages {
      let text = try Poppler.text(of: pdf, page: page).wordsJoined
      #expect(
        text.contains("DRAFT · NOT FOR PUBLICATION"), "page \(page)", sourceLocation: sourceLocation
      )
      #expect(
        text.contains("Page \(page) of \(pages)"), "page \(page)", sourceLocation: sourceLocation)
      if text.contains("Action number") {
        logPages += 1
        #expect(
          text.contains(logHeader.joined(separator: " ")), "page \(page): \(text.prefix(300))",
          sourceLocation: sourceLocation)
      }
    }
    #expect(logPages >= 2, sourceLocation: sourceLocation)
  }
}
