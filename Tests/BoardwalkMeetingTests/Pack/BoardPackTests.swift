import BoardwalkCore
import BoardwalkDocuments
import BoardwalkMeeting
import Testing

/// Issue 15: the board pack. Built over the fixture plans (harbour, moorland) after the
/// fixture meeting of 22 November 2026, for a meeting on 10 January 2027, prepared on
/// 3 January 2027.
@Suite("the board pack")
struct BoardPackTests {
  static let today = CalendarDate(year: 2027, month: 1, day: 3)!
  static let next = CalendarDate(year: 2027, month: 1, day: 10)!

  static func pack(
    since: BoardPack.Since? = nil, _ visibility: MinutesWriter.Visibility = .public
  ) throws -> Document {
    let since = try since ?? .meeting(MeetingFixture.record())
    return BoardPack(
      store: try MeetingFixture.store(), today: today, nextMeeting: next, since: since,
      visibility: visibility
    ).document
  }

  static func markdown(_ document: Document) -> String { MarkdownWriter().write(document) }

  @Test("its sections come in the order a board takes them, listed on the cover")
  func sections() throws {
    let document = try Self.pack()
    let headings = document.sections.map(\.heading.plainText)
    #expect(
      headings == [
        "Matters arising from the last meeting", "Status by area", "Exceptions",
        "Highlights since 22 Nov 2026", "Due before the next meeting",
      ])
    let text = Self.markdown(document)
    #expect(text.contains("**For the meeting of:** 10 Jan 2027"))
    #expect(
      text.contains(
        "**Since the last meeting:** Harbour and Moorland SEND improvement board, 22 Nov 2026"))
    for heading in headings { #expect(text.contains(heading)) }
  }

  @Test(
    "matters arising: the last meeting's decisions and raised actions, with where they stand now")
  func mattersArising() throws {
    let text = Self.markdown(try Self.pack())
    #expect(text.contains("**harbour H1.1:** Fund locum psychologists until March 2027."))
    #expect(text.contains("Audit the quality of new EHC plans"))
    #expect(text.contains("not in the plan yet (boardwalk apply writes it)"))
    // H2.2 is confidential in its plan, AP-3 raised in confidence: public packs leave them out.
    #expect(!text.contains("Director to report to the next meeting"))
    #expect(!text.contains("Review the alternative provision contract"))
    #expect(text.contains("confidential entries are not listed"))
    let full = Self.markdown(try Self.pack(.full))
    #expect(full.contains("Director to report to the next meeting in private session."))
    #expect(full.contains("Review the alternative provision contract with legal advice"))
  }

  @Test("without a journal, matters arising says how to get them, and since is the date given")
  func sinceDate() throws {
    let document = try Self.pack(since: .date(CalendarDate(year: 2026, month: 6, day: 1)!))
    let text = Self.markdown(document)
    #expect(text.contains("No journal of the last meeting was given (--since JOURNAL)"))
    #expect(text.contains("## Highlights since 1 Jun 2026"))
    // H1.2's update of 1 Sep 2026 is after 1 June; H1.1's of 10 Mar is not.
    #expect(text.contains("**H1.2** 1 Sep 2026"))
    #expect(!text.contains("**H1.1** 10 Mar 2026"))
  }

  @Test("the cover's agenda: the board's standing items, the plan items before other business")
  func agenda() throws {
    let document = BoardPack(
      store: try MeetingFixture.store(), today: Self.today, nextMeeting: Self.next,
      since: .meeting(try MeetingFixture.record()), standingItems: Board.defaultStandingItems
    ).document
    let tables = document.preamble.compactMap { block -> Table? in
      if case .table(let table) = block { table } else { nil }
    }
    let agenda = try #require(tables.first { $0.label == "Agenda" })
    #expect(
      agenda.rows.map { $0.map(\.plainText) } == [
        ["1", "Welcome, apologies and quorum"], ["2", "Declarations of interest"],
        ["3", "Minutes of the previous meeting and matters arising"],
        ["4", "The board's action log"],
        ["5", "The plans: 9 open actions, area by area, red (2), amber (3) and overdue (5) first"],
        ["6", "Any other business"], ["7", "Date of the next meeting"],
      ])
    let plain = try Self.pack()
    #expect(Self.markdown(plain).contains("| 1 | The plans: 9 open actions"))
  }

  @Test(
    "the trend over the last meetings: a bar a meeting per plan, and each area's counts at each"
  )
  func trend() throws {
    let days = [
      CalendarDate(year: 2026, month: 7, day: 1)!, CalendarDate(year: 2026, month: 10, day: 1)!,
      Self.today,
    ]
    let document = BoardPack(
      store: try MeetingFixture.store(), today: Self.today, nextMeeting: Self.next,
      since: .meeting(try MeetingFixture.record()), historyDays: days
    ).document
    #expect(
      document.sections.map(\.heading.plainText).prefix(3) == [
        "Matters arising from the last meeting", "Status by area", "Trend over the last meetings",
      ])
    let harbour = try #require(document.sections[2].subsections.first)
    guard case .figure(let figure) = harbour.blocks.first, case .ragBars(let chart) = figure.chart
    else {
      Issue.record("no chart of harbour's meetings")
      return
    }
    #expect(chart.bars.map(\.label) == ["1 Jul 2026", "1 Oct 2026", "3 Jan 2027 (now)"])
    guard case .table(let table) = harbour.blocks.last else {
      Issue.record("no table of harbour's areas")
      return
    }
    // H1: H1.1 amber then red; H1.2 green then amber; H1.3 unrated until its status now.
    let h1 = try #require(table.rows.first)
    #expect(
      h1.map(\.plainText) == [
        "H1 Timeliness of EHC plans", "A1 G1 \u{2011}1", "R1 A1 \u{2011}1", "R1 A1 G1",
      ])
  }

  @Test("status by area: a chart with the numbers beside it, then the table, per plan")
  func statusByArea() throws {
    let document = try Self.pack()
    let status = document.sections[1]
    #expect(status.subsections.map(\.heading.plainText).count == 2)
    for plan in status.subsections {
      guard case .figure(let figure) = plan.blocks.first else {
        Issue.record("no chart before \(plan.heading.plainText)")
        continue
      }
      #expect(figure.textAlternative.contains("Red") && figure.textAlternative.contains("in all"))
      guard case .table = plan.blocks.last else {
        Issue.record("no table in \(plan.heading.plainText)")
        continue
      }
    }
  }

  @Test(
    "exceptions: open actions that are red, worse since the last meeting, or overdue, each saying why"
  )
  func exceptions() throws {
    let document = try Self.pack()
    guard case .table(let table) = document.sections[2].blocks.dropFirst().first else {
      Issue.record("no exceptions table")
      return
    }
    let rows = table.rows.map { $0.map(\.plainText) }
    let byID = Dictionary(rows.map { ($0[1], $0) }, uniquingKeysWith: { first, _ in first })
    #expect(
      table.header == ["Plan", "ID", "Action", "Owner", "Due", "Status", "Why", "Latest update"])
    // H1.1: red and overdue (30 Sep 2026).
    #expect(byID["H1.1"]?[6].contains("red") == true)
    #expect(byID["H1.1"]?[6].contains("overdue") == true)
    #expect(byID["H1.1"]?[7] == "14 Jul 2026: Backlog rose to ninety-five.")
    // H2.2 is confidential: counted, not listed, in a public pack.
    #expect(byID["H2.2"] == nil)
    // Nothing done is an exception.
    #expect(rows.allSatisfy { !$0[5].lowercased().contains("complete") })
  }

  @Test(
    "due before the next meeting: open actions due from today to the meeting, soonest first, confidential ones with their words withheld"
  )
  func fallingDue() throws {
    let document = try Self.pack()
    let section = document.sections[4]
    let tables = section.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    for table in tables {
      let dues = table.rows.map { $0[4].plainText }
      #expect(!dues.isEmpty)
    }
    let text = Self.markdown(document)
    #expect(!text.contains("Review the residential placement of a named young person"))
  }

  @Test("a full pack is marked not for publication; a public one is not")
  func marks() throws {
    #expect(try Self.pack(.full).metadata.marks == [.notForPublication])
    #expect(try Self.pack().metadata.marks.isEmpty)
  }
}
