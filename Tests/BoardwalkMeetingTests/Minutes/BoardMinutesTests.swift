import BoardwalkCore
import BoardwalkDocuments
import BoardwalkMeeting
import BoardwalkTestSupport
import Testing

/// Issue 14: a board meeting's minutes read as a UK council board's minutes do: numbered
/// minutes with the standing items, the attendance and quorum, the board's own action log,
/// the exclusion of the press and public before the confidential items, DRAFT until a later
/// meeting approves them, then approved with the corrections and the chair's signature line.
@Suite("a board's minutes")
struct BoardMinutesTests {
  @Test(
    "every minute has a reference: standing items, plan items, closing items, then the confidential items after the exclusion"
  )
  func references() throws {
    let document = try BoardYear.writer(BoardYear.first).document
    #expect(
      BoardYear.headings(document) == [
        "HMB/2026/1 Welcome, apologies and quorum", "HMB/2026/2 Declarations of interest",
        "HMB/2026/3 Minutes of the previous meeting and matters arising",
        "HMB/2026/4 The board's action log",
        "HMB/2026/5 H1.1: Clear the backlog of EHC needs assessments",
        "HMB/2026/6 H1.2: Review home to school transport", "HMB/2026/7 Any other business",
        "HMB/2026/8 Date of the next meeting", "Exclusion of the press and public",
        "HMB/2026/9 AP-1: Commission an alternative provision framework (confidential)",
        "HMB/2026/10 H2.2: Review the residential placement of a named young person (confidential)",
        "Status summary", "Plan exceptions: red, amber and overdue plan actions on the agenda",
        "New plan actions", "Approval",
      ])
  }

  @Test(
    "references run on through the calendar year across the board's meetings and start again in a new year"
  )
  func numberedThroughTheYear() throws {
    let second = BoardYear.headings(try BoardYear.writer(BoardYear.second).document)
    #expect(second.first == "HMB/2026/11 Welcome, apologies and quorum")
    #expect(second.contains("HMB/2026/16 Date of the next meeting"))
    let third = BoardYear.headings(try BoardYear.writer(BoardYear.third).document)
    #expect(third.first == "HMB/2027/1 Welcome, apologies and quorum")
  }

  @Test(
    "a board action arising from other business is minuted under that item, and the log names its minute"
  )
  func actionFromOtherBusiness() throws {
    let second = try BoardYear.writer(BoardYear.second).markdown
    #expect(
      second.contains(
        "**AOB1 Monitoring visit.** DfE visit in March.\n\n- **Action 2026-11-22/1:** Brief members before the visit (Chair, by Feb 2027)"
      ), "\(second)")
    let third = try BoardYear.writer(BoardYear.third).markdown
    #expect(third.contains("HMB/2026/15 (AOB1)"), "\(third)")
  }

  @Test("writing the first meeting's minutes again after later meetings gives the same references")
  func stableReferences() throws {
    let alone = BoardYear.headings(try BoardYear.writer(BoardYear.first, known: 1).document)
    let later = BoardYear.headings(try BoardYear.writer(BoardYear.first, known: 4).document)
    #expect(alone.filter { $0.hasPrefix("HMB/") } == later.filter { $0.hasPrefix("HMB/") })
    #expect(alone.count == later.count - 1, "only the approval is added")
  }

  @Test(
    "a plan item walked through with nothing recorded is noted; with notedWording off it is no minute"
  )
  func noted() throws {
    let minutes = try BoardYear.writer(BoardYear.first).markdown
    #expect(
      minutes.contains(
        "## HMB/2026/6 H1.2: Review home to school transport\n\nPlan: harbour · Status: Amber · Trend: G A · Due: Mar 2027 · Owners: Transport Manager\n\nThe Board noted the update.\n"
      ))
    var quiet = BoardYear.board
    quiet.notedWording = false
    let headings = BoardYear.headings(
      try BoardYear.writer(BoardYear.first, board: quiet).document)
    #expect(!headings.contains { $0.contains("H1.2") })
    #expect(headings.contains("HMB/2026/6 Any other business"))
    #expect(!headings.contains { $0.contains("H2.2") }, "H2.2 was only walked through")
  }

  @Test(
    "the header: board, meeting, date, chair, members present, substitutes for whom, apologies, in attendance and the quorum in words"
  )
  func header() throws {
    let minutes = try BoardYear.writer(BoardYear.first).markdown
    for line in [
      "**Board:** Harbour and Moorland Improvement Board<br>",
      "**Meeting:** Board meeting<br>", "**Date:** 20 Sep 2026<br>",
      "**Chair:** Cllr Amina Patel<br>",
      "**Members present:** Cllr Amina Patel (Chair); Dr Tom Okafor<br>",
      "**Substitutes:** Dr Ruth Ellis (for Sarah Lind)<br>", "**Apologies:** Head of Inclusion<br>",
      "**Absent:** none<br>", "**In attendance:** SEND Programme Manager (Officer)<br>",
      "**Quorum:** Quorate: 3 of 4 voting members present (quorum 3)<br>",
    ] {
      #expect(minutes.contains(line + "\n"), "\(line)")
    }
    let second = try BoardYear.writer(BoardYear.second).markdown
    #expect(second.contains("**Quorum:** NOT QUORATE: 2 of 4 voting members present (quorum 3)"))
    #expect(
      second.contains(
        "NOT QUORATE: 2 of 4 voting members present (quorum 3). The meeting was not quorate"))
  }

  @Test("declarations name the minute of their item and whether the member left the room")
  func declarations() throws {
    let minutes = try BoardYear.writer(BoardYear.first).markdown
    #expect(
      minutes.contains(
        "- **Dr Tom Okafor:** Governor at Moorland Academy (on minute HMB/2026/5; left the room for the item)"
      ))
  }

  @Test(
    "public minutes state the exclusion resolution before the confidential items and withhold their content; full minutes hold it"
  )
  func confidentialPart() throws {
    let published = try BoardYear.writer(BoardYear.first, .public).document
    let headings = BoardYear.headings(published)
    let exclusion = try #require(headings.firstIndex(of: "Exclusion of the press and public"))
    #expect(headings[exclusion + 1] == "HMB/2026/9 Confidential item")
    #expect(headings[exclusion + 2] == "HMB/2026/10 Confidential item")
    let text = MarkdownWriter().write(published)
    #expect(text.contains("exempt information as defined in Schedule 12A to the Act"))
    #expect(text.contains("Local Government Act 1972"))
    for secret in [
      "Preferred bidder is under investigation.", "Commission an alternative provision framework",
      "Review the residential placement of a named young person",
    ] {
      #expect(!text.contains(secret), "\(secret)")
    }
    let full = try BoardYear.writer(BoardYear.first, .full).markdown
    #expect(full.contains("Preferred bidder is under investigation."))
    #expect(full.contains("exempt information as defined in Schedule 12A to the Act"))
  }

  @Test("minutes no later meeting has approved say DRAFT in the title, the text and on every page")
  func draft() throws {
    let writer = try BoardYear.writer(BoardYear.first, known: 1)
    let document = writer.document
    #expect(document.title == "DRAFT minutes: Harbour and Moorland Improvement Board, 20 Sep 2026")
    #expect(document.metadata.isDraft)
    #expect(document.metadata.marks.contains(.draft))
    #expect(writer.markdown.contains("**DRAFT:** these minutes are not yet agreed"))
    let html = String(decoding: try DocumentFormat.html.bytes(of: document), as: UTF8.self)
    #expect(html.contains("DRAFT"))
    let approved = try BoardYear.writer(BoardYear.first, known: 2).document
    #expect(
      !String(decoding: try DocumentFormat.html.bytes(of: approved), as: UTF8.self).contains(
        "DRAFT"))
    #expect(
      !document.sections.contains { $0.blocks.contains(.signature(SignatureLine(role: "Chair"))) })
  }

  @Test(
    "approved minutes: no DRAFT, the correction after the minute it changes, the approval and a line for the chair's signature"
  )
  func approved() throws {
    let document = try BoardYear.writer(BoardYear.first, known: 2).document
    #expect(document.title == "Minutes: Harbour and Moorland Improvement Board, 20 Sep 2026")
    #expect(!document.metadata.isDraft)
    let markdown = MarkdownWriter().write(document)
    #expect(!markdown.contains("DRAFT"))
    let item = try #require(
      document.sections.first { $0.heading.plainText.hasPrefix("HMB/2026/5 ") })
    #expect(
      item.blocks.last
        == .paragraph([
          .strong("Correction agreed on 22 Nov 2026:"), .text(" "),
          .text("Backlog at ninety-three."),
        ]))
    let approval = try #require(document.sections.last)
    #expect(approval.heading.plainText == "Approval")
    #expect(approval.blocks.last == .signature(SignatureLine(role: "Chair")))
    #expect(
      markdown.contains(
        "These minutes were agreed as a correct record at the meeting of 22 Nov 2026, with the corrections shown under the minutes they change."
      ))
  }

  @Test(
    "approved minutes written twice are the same bytes in every format",
    arguments: DocumentFormat.allCases)
  func approvedStable(_ format: DocumentFormat) throws {
    let once = try format.bytes(of: try BoardYear.writer(BoardYear.first, known: 2).document)
    let again = try format.bytes(of: try BoardYear.writer(BoardYear.first, known: 4).document)
    #expect(once == again)
  }

  @Test(
    "a correction to a confidential minute is withheld from public minutes, the earlier meeting's and the approving one's"
  )
  func confidentialCorrection() throws {
    let secret = "The bidder was cleared by the fraud team."
    for day in [BoardYear.first, BoardYear.second] {
      let published = try BoardYear.writer(day, .public).markdown
      #expect(!published.contains(secret))
      #expect(
        published.contains("withheld: it corrects a confidential minute (exempt information)."))
      #expect(try BoardYear.writer(day, .full).markdown.contains(secret))
    }
  }

  @Test("the next meeting agrees the previous minutes with their corrections, by reference")
  func previousMinutes() throws {
    let minutes = try BoardYear.writer(BoardYear.second).markdown
    #expect(
      minutes.contains(
        "The minutes of the meeting held on 20 Sep 2026 (HMB/2026/1 to HMB/2026/10) were agreed as a correct record, with these corrections:\n\n- **HMB/2026/5:** Backlog at ninety-three.\n"
      ))
    let third = try BoardYear.writer(BoardYear.third).markdown
    #expect(
      third.contains(
        "The minutes of the meeting held on 22 Nov 2026 were not agreed at this meeting: they remain a draft."
      ))
  }

  @Test(
    "the action log is the board's actions: raised, carried forward twice with the count, then done"
  )
  func boardActions() throws {
    func rows(_ day: CalendarDate) throws -> [[String]] {
      let document = try BoardYear.writer(day).document
      let log = try #require(
        document.sections.first { $0.heading.plainText.hasSuffix("The board's action log") })
      for case .table(let table) in log.blocks {
        return table.rows.map { $0.map(\.plainText) }
      }
      return []
    }
    // Each row: id, action, owner, due, the minute it came from, times carried, decision.
    func recruitment(_ due: String, _ carried: String, _ decision: String) -> [String] {
      [
        BoardYear.recruitment.id, "Report on EP recruitment", "Head of SEND", due, "HMB/2026/5",
        carried, decision,
      ]
    }
    func letter(_ decision: String) -> [String] {
      [
        "2026-09-20/2", "Circulate the inspection letter", "Clerk", "Oct 2026",
        "meeting of 20 Sep 2026", "0", decision,
      ]
    }
    #expect(
      try rows(BoardYear.first) == [
        recruitment("Nov 2026", "0", "New: arising at this meeting"),
        letter("New: arising at this meeting"),
      ])
    // Arising from the second meeting's other business: its minute names where it came from.
    func briefing(_ decision: String) -> [String] {
      [
        "2026-11-22/1", "Brief members before the visit", "Chair", "Feb 2027",
        "HMB/2026/15 (AOB1)", "0", decision,
      ]
    }
    #expect(
      try rows(BoardYear.second) == [
        recruitment("Jan 2027", "1", "Carried forward to Jan 2027: Round extended"),
        letter("Done: Sent on 1 October"),
        briefing("New: arising at this meeting"),
      ])
    #expect(
      try rows(BoardYear.third) == [
        recruitment("Mar 2027", "2", "Carried forward to Mar 2027: Panel postponed"),
        briefing("Done: Members briefed"),
      ])
    #expect(try rows(BoardYear.fourth) == [recruitment("Mar 2027", "2", "Done: Two EPs appointed")])
  }

  @Test(
    "the plan exceptions are the agenda's red, amber and overdue actions, apart from the board's action log"
  )
  func planExceptions() throws {
    let document = try BoardYear.writer(BoardYear.first, .public).document
    let section = try #require(
      document.sections.first { $0.heading.plainText.hasPrefix("Plan exceptions") })
    guard case .table(let table) = section.blocks[1] else {
      Issue.record("the plan exceptions have no table")
      return
    }
    // On 20 Sep 2026: H1.1 red, H1.2 amber, CF-1 amber; H1.3 green and not yet due; AP-1 and
    // H2.2 confidential.
    #expect(table.rows.map { $0[1].plainText } == ["H1.1", "H1.2", "CF-1"])
    #expect(section.blocks.last == .paragraph("2 confidential actions are not listed."))
  }

  @Test("the status summary counts each area at each of the board's meetings, this one last")
  func history() throws {
    let document = try BoardYear.writer(BoardYear.second).document
    let summary = try #require(document.sections.first { $0.heading.plainText == "Status summary" })
    let over = try #require(
      summary.subsections.first { $0.heading.plainText == "Over the last 2 meetings" })
    let tables = over.subsections.flatMap(\.blocks).compactMap { block -> Table? in
      if case .table(let table) = block { table } else { nil }
    }
    #expect(
      tables.map(\.header)
        == Array(repeating: ["Area", "20 Sep 2026", "22 Nov 2026 (this meeting)"], count: 2))
    let alone = try BoardYear.writer(BoardYear.first, known: 1).markdown
    #expect(alone.contains("No earlier meeting of the board is kept beside this one"))
  }
}
