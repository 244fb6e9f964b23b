import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

/// Issue 14: a board's meeting on screen. The board has four voting members and an officer,
/// a quorum of three; its last meeting (20 Sep 2026) gave Head of SEND an action due Nov 2026.
@Suite("a board's meeting on screen: attendance and quorum, declarations, its action log")
struct BoardMeetingTests {
  static let lastMeeting = CalendarDate(year: 2026, month: 9, day: 20)!
  static let earlier = BoardAction(
    id: "2026-09-20/1", text: "Report on EP recruitment", owner: "Head of SEND", due: "2026-11")

  static func context() -> BoardContext {
    let board = Board(
      name: "Riverside SEND Improvement Board",
      members: [
        Board.Member(name: "Cllr Amina Patel", role: "Chair"),
        Board.Member(name: "Dr Tom Okafor", role: "ICB"),
        Board.Member(name: "Jo Smith", role: "Parent Carer Forum"),
        Board.Member(name: "Sam Lee", role: "Director"),
        Board.Member(name: "Priya Shah", role: "Officer", isVoting: false),
      ], quorum: 3)
    var log = BoardActionLog()
    log.fold(
      MeetingRecord(entries: [
        JournalEntry(
          sequence: 1, time: "2026-09-20T10:00:00+00:00", event: .boardActionRaised(earlier))
      ]), day: lastMeeting)
    return BoardContext(board: board, log: log, previousMeeting: lastMeeting)
  }

  static func screen() throws -> MeetingScreen {
    try MeetingScreen(width: 120, height: 40, board: context())
  }

  @Test(
    "before attendance is taken the header says so; then it says quorate or NOT QUORATE, in words")
  func quorumInHeader() throws {
    var screen = try Self.screen()
    #expect(screen.shows("attendance not taken (w)"))
    screen.type("w")
    screen.type("pp")
    screen.save()
    #expect(screen.shows("NOT QUORATE 2/4, quorum 3"), "\(screen)")
    #expect(screen.message?.isError == true)
    screen.type("s")
    screen.type("Dr Ruth Ellis")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .attendance(
          Attendance(name: "Dr Ruth Ellis", status: .substitute, substituteFor: "Jo Smith"))
      ])
    screen.save()
    #expect(screen.shows("quorate 3/4"), "\(screen)")
    #expect(screen.shows("substitute: Dr Ruth Ellis"))
    #expect(
      screen.message?.text
        == "Dr Ruth Ellis: substitute for Jo Smith · Quorate: 3 of 4 voting members present (quorum 3)"
    )
  }

  @Test(
    "the meeting opens on its standing business, and each item leaves the header when it is done"
  )
  func standingBusiness() throws {
    var screen = try Self.screen()
    #expect(
      screen.message?.text.contains(
        "first: attendance (w), minutes of 20 Sep 2026 to agree (m), 1 board action to review (v)")
        == true, "\(screen)")
    screen.press(.down)
    #expect(screen.shows("To do: attendance (w), minutes of 20 Sep 2026 to agree (m), 1 board"))
    screen.type("m")
    screen.press(.enter)
    screen.save()
    #expect(screen.shows("To do: attendance (w), 1 board action to review (v)"), "\(screen)")
    screen.type("v")
    screen.type("d")
    screen.type("Report received")
    screen.press(.enter)
    screen.save()
    screen.press(.escape)
    screen.type("w")
    screen.type("p")
    screen.save()
    screen.press(.escape)
    #expect(!screen.shows("To do:"), "\(screen)")
  }

  @Test("a member who leaves takes the quorum with them: the screen warns")
  func quorumLost() throws {
    var screen = try Self.screen()
    screen.type("w")
    screen.type("ppp")
    screen.save()
    #expect(screen.shows("quorate 3/4"))
    screen.press(.up)
    screen.type("x")
    screen.save()
    #expect(
      screen.message?.text.hasPrefix("The meeting is no longer quorate! Jo Smith: absent") == true)
    #expect(screen.message?.isError == true)
    #expect(screen.shows("NOT QUORATE 2/4, quorum 3"))
  }

  @Test("a declaration on the item is recorded and listed in the header")
  func declaration() throws {
    var screen = try Self.screen()
    screen.type("D")
    screen.type("Cllr Amina Patel")
    screen.press(.tab)
    screen.type("Governor at a school named in the item")
    screen.press(.tab)
    screen.type("yes")
    screen.press(.enter)
    // The first item of the riverside agenda.
    let ref = Ref.riverside("1.1")
    #expect(
      screen.eventsToRecord == [
        .declaration(
          Declaration(
            name: "Cllr Amina Patel", interest: "Governor at a school named in the item", item: ref,
            leftRoom: true))
      ])
    screen.save()
    #expect(screen.shows("Declarations: Cllr Amina Patel (\(ref.action), left the room)"))
  }

  @Test("b gives the board an action from the item; a bad date is refused in the form")
  func boardAction() throws {
    var screen = try Self.screen()
    screen.type("b")
    screen.type("Bring the hub evaluation")
    screen.press(.tab)
    screen.type("Head of SEND")
    screen.press(.tab)
    screen.type("soon")
    screen.press(.control("s"))
    #expect(screen.eventsToRecord.isEmpty)
    #expect(screen.shows("due:"), "\(screen)")
    for _ in 0..<4 { screen.press(.backspace) }
    screen.type("2027-03")
    screen.press(.control("s"))
    guard case .boardActionRaised(let action) = screen.eventsToRecord.first else {
      Issue.record("no board action: \(screen)")
      return
    }
    #expect(action.id == "2026-11-22/1")
    #expect(action.owner == "Head of SEND")
    #expect(action.due == "2027-03")
    #expect(action.arising != nil)
  }

  @Test("v reviews the log: carried forward needs a new date and a reason")
  func review() throws {
    var screen = try Self.screen()
    screen.type("v")
    #expect(screen.shows("2026-09-20/1 Report on EP recruitment · Head of SEND · due 2026-11"))
    screen.type("c")
    screen.type("2027-01")
    screen.press(.enter)
    screen.type("Recruitment round extended")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .boardActionReviewed(
          BoardActionReview(
            id: "2026-09-20/1", outcome: .carried, due: "2027-01",
            note: "Recruitment round extended"))
      ])
    screen.save()
    #expect(screen.shows("now: carried to 2027-01: Recruitment"), "\(screen)")
  }

  @Test("m agrees the previous meeting's minutes, with corrections as MINUTE: words")
  func previousMinutes() throws {
    var screen = try Self.screen()
    screen.type("m")
    screen.type("RSIB/2026/3: Jo Smith left the room for this item")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .minutesApproved(
          MinutesApproval(
            meeting: "2026-09-20",
            corrections: [
              MinutesApproval.Correction(
                minute: "RSIB/2026/3", text: "Jo Smith left the room for this item")
            ]))
      ])
  }

  @Test("x in a board's meeting asks the paragraph of Schedule 12A; unmarking does not ask")
  func exemptParagraph() throws {
    var screen = try Self.screen()
    screen.type("x")
    #expect(screen.shows("Taken in private under Schedule 12A, paragraph:"), "\(screen)")
    #expect(screen.shows("3. Information relating to the financial or business affairs"))
    #expect(screen.eventsToRecord.isEmpty)
    screen.type("3")
    screen.press(.enter)
    #expect(screen.eventsToRecord == [.confidential(Ref.riverside("1.1"), true, paragraph: 3)])
    screen.save()
    screen.type("x")
    #expect(screen.eventsToRecord == [.confidential(Ref.riverside("1.1"), false)])
  }

  @Test("O records an item of any other business, with what was said and decided")
  func otherBusiness() throws {
    var screen = try Self.screen()
    screen.type("O")
    screen.type("Monitoring visit")
    screen.press(.tab)
    screen.type("DfE visit set for March")
    screen.press(.tab)
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .otherBusiness(
          OtherBusiness(id: "AOB1", title: "Monitoring visit", note: "DfE visit set for March"))
      ])
    screen.save()
    #expect(screen.message?.text == "Any other business AOB1, Monitoring visit: saved")
  }

  @Test("without a board file the board's keys say how to get one")
  func noBoard() throws {
    var screen = try MeetingScreen()
    screen.type("w")
    #expect(screen.overlay == nil)
    #expect(screen.message?.text.contains("boardwalk init") == true)
  }
}
