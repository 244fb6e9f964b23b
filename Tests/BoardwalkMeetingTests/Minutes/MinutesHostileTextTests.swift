import BoardwalkMeeting
import BoardwalkTestSupport
import Testing

@Suite("minutes stay valid GFM whatever the text holds", .requiresCmark)
struct MinutesHostileTextTests {
  static let visibilities: [MinutesWriter.Visibility] = [.public, .full]

  /// Words of the hostile text of field `label` as the minutes must show it.
  static func shown(_ label: String) -> String { Words.of(HostileText.shown(label)) }

  @Test(
    "three tables, each rendered as one table, every row with the header's cells",
    arguments: visibilities)
  func tablesHold(_ visibility: MinutesWriter.Visibility) throws {
    let markdown = try HostileMeeting.minutes(visibility)
    let html = RenderedHTML(html: try Cmark.html(markdown))
    let sourceTables = MarkdownTables.tables(in: markdown)
    #expect(sourceTables.count == 3)
    #expect(html.tables.count == sourceTables.count)
    #expect(html.tables.map(\.header.count) == [11, 6, 6])
    for (table, source) in zip(html.tables, sourceTables) {
      for row in table.rows { #expect(row.count == table.header.count) }
      for row in source { #expect(row.count == table.header.count, "\(row.prefix(3))") }
    }
    #expect(html.tables.map(\.rows.count) == [3, 2, 2])
    #expect(MarkdownTables.blankLineAfterEveryTable(in: markdown))
  }

  @Test("each cell of the new actions table holds exactly its text", arguments: visibilities)
  func newActionCells(_ visibility: MinutesWriter.Visibility) throws {
    let html = RenderedHTML(html: try Cmark.html(try HostileMeeting.minutes(visibility)))
    let table = try #require(html.tables.dropFirst().first)
    let cells = table.rows.map { $0.map { Words.of(RenderedHTML.text(ofInner: $0)) } }
    #expect(
      cells == [
        [
          HostileMeeting.planID, "N-1", HostileMeeting.area1, Self.shown("RAISED-TITLE"),
          Self.shown("RAISED-OWNER"), Self.shown("RAISED-DUE"),
        ],
        [
          HostileMeeting.planID, "N-2", HostileMeeting.area2, Self.shown("RAISED-TWO"), "",
          "Feb 2027",
        ],
      ])
    // Line breaks inside a cell are <br>, one for each in the text.
    #expect(table.rows[0][3].ranges(of: "<br>").count == HostileText.lineBreaks)
  }

  @Test(
    "each cell of the action log and the summary holds exactly its text", arguments: visibilities)
  func logAndSummaryCells(_ visibility: MinutesWriter.Visibility) throws {
    let html = RenderedHTML(html: try Cmark.html(try HostileMeeting.minutes(visibility)))
    let summary = html.tables[0].rows.map { $0.map { Words.of(RenderedHTML.text(ofInner: $0)) } }
    #expect(
      summary == [
        [Words.of(HostileMeeting.area1 + " " + HostileText.shown("AREA-ONE"))]
          + ["2", "0", "0", "0", "0", "2", "1", "4", "4", "↑0 ↓0 →0"],
        [Words.of(HostileMeeting.area2 + " " + HostileText.shown("AREA-TWO"))]
          + ["1", "0", "0", "0", "0", "1", "0", "2", "2", "↑0 ↓0 →0"],
        ["All actions of the plan", "2", "0", "0", "0", "0", "2", "1", "4", "4", ""],
      ])
    let log = html.tables[2].rows.map { $0.map { Words.of(RenderedHTML.text(ofInner: $0)) } }
    let bad = Self.shown("BAD-LABEL") + " (red)"
    #expect(
      log == [
        [
          HostileMeeting.planID, HostileMeeting.action1, Self.shown("ACTION-ONE"),
          Self.shown("OWNER-ONE") + "; " + Self.shown("OWNER-TWO"), "31 Oct 2026 (overdue)", bad,
        ],
        [
          HostileMeeting.planID, "- 2", Self.shown("ACTION-TWO"), Self.shown("OWNER-THREE"),
          "31 Jan 2027", bad,
        ],
      ])
  }

  @Test(
    "the document has exactly the structure the minutes write, and no other",
    arguments: visibilities)
  func structure(_ visibility: MinutesWriter.Visibility) throws {
    let html = RenderedHTML(html: try Cmark.html(try HostileMeeting.minutes(visibility)))
    let counts = html.elementCounts
    let allowed: Set<String> = [
      "h1", "h2", "h3", "p", "em", "strong", "ul", "li", "table", "thead", "tbody", "tr", "th",
      "td", "br",
    ]
    #expect(Set(counts.keys).subtracting(allowed).isEmpty, "\(counts)")
    #expect(counts["h1"] == 1)
    #expect(counts["h2"] == 4)
    #expect(counts["h3"] == 2)
    #expect(counts["table"] == 3)
    #expect(counts["ul"] == 2)
    #expect(counts["li"] == 6)
    #expect(counts["em"] == 1)
    #expect(counts["strong"] == 11)
  }

  @Test("no tag from the text reaches the HTML", arguments: visibilities)
  func noRawHTML(_ visibility: MinutesWriter.Visibility) throws {
    let html = try Cmark.html(try HostileMeeting.minutes(visibility)).lowercased()
    for tag in [
      "<script", "<img", "<a ", "<b>", "<i>", "<s>", "<code", "<pre", "<del", "<ol", "<blockquote",
      "<hr",
    ] {
      #expect(!html.contains(tag), "\(tag) appears in the HTML")
    }
  }

  @Test("the text of every field is there, whole", arguments: visibilities)
  func textIntact(_ visibility: MinutesWriter.Visibility) throws {
    let text = Words.of(
      RenderedHTML(html: try Cmark.html(try HostileMeeting.minutes(visibility))).text)
    for label in HostileMeeting.labels {
      #expect(text.contains(Self.shown(label)), "\(label) is not intact")
    }
    #expect(text.contains(HostileText.longWord))
  }

  @Test("the Markdown holds no control character but the line feed", arguments: visibilities)
  func noControlCharacters(_ visibility: MinutesWriter.Visibility) throws {
    let markdown = try HostileMeeting.minutes(visibility)
    let controls = markdown.unicodeScalars.filter {
      $0 != "\n" && $0 != "\t" && ($0.value < 0x20 || (0x7F..<0xA0).contains($0.value))
    }
    #expect(controls.isEmpty, "\(controls.map { String($0.value, radix: 16) })")
  }
}
