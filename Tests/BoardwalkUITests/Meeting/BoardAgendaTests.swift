import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

/// Issue 14: a board's standing items open and close the agenda on screen, each saying how
/// far it has gone and which key takes it; the meeting's details take its time, venue and
/// minute-taker.
@Suite("a board's agenda on screen: standing items around the plan items, and the details")
struct BoardAgendaTests {
  static func screen(width: Int = 120, height: Int = 40, agenda: String = "status:red,amber")
    throws -> MeetingScreen
  {
    try MeetingScreen(
      width: width, height: height, agenda: agenda, board: BoardMeetingTests.context())
  }

  /// Records an item of other business, AOB1, as the chair would with `O`.
  static func raiseOtherBusiness(_ screen: inout MeetingScreen) {
    screen.type("O")
    screen.type("School transport")
    screen.press(.tab)
    screen.type("Raised by the forum")
    screen.press(.control("s"))
    screen.save()
  }

  /// The agenda pane's rows, top to bottom, as drawn (the left part of the screen).
  static func agendaRows(_ screen: MeetingScreen) -> [String] {
    screen.grid.text.split(separator: "\n").map { String($0.prefix(40)) }
  }

  @Test("the standing items that open the meeting come first, each with its progress and key")
  func openingItems() throws {
    let screen = try Self.screen()
    let rows = Self.agendaRows(screen)
    let welcome = try #require(rows.firstIndex { $0.contains("Welcome, apologies") })
    let declarations = try #require(rows.firstIndex { $0.contains("Declarations") })
    let minutes = try #require(rows.firstIndex { $0.contains("Minutes of the") })
    let log = try #require(rows.firstIndex { $0.contains("The board's") })
    let firstItem = try #require(rows.firstIndex { $0.contains(screen.agendaIDs[0]) })
    #expect(welcome < declarations && declarations < minutes && minutes < log && log < firstItem)
    #expect(rows[welcome].contains("w to take"), "\(screen)")
    #expect(rows[declarations].contains("none yet · D"))
    #expect(rows[minutes].contains("to agree · m"))
    #expect(rows[log].contains("1 to review · v"))
  }

  @Test("each standing item is marked done as the board does it, in words as well as a mark")
  func progress() throws {
    var screen = try Self.screen()
    screen.type("w")
    screen.type("ppp")
    screen.save()
    screen.press(.escape)
    screen.type("m")
    screen.press(.enter)
    screen.save()
    screen.type("v")
    screen.type("d")
    screen.type("Report received")
    screen.press(.enter)
    screen.save()
    screen.press(.escape)
    let rows = Self.agendaRows(screen)
    let welcome = try #require(rows.first { $0.contains("Welcome, apologies") })
    #expect(welcome.contains("✓") && welcome.contains("quorate 3/4 · w"), "\(screen)")
    let minutes = try #require(rows.first { $0.contains("Minutes of the") })
    #expect(minutes.contains("✓") && minutes.contains("agreed · m"), "\(screen)")
    let log = try #require(rows.first { $0.contains("The board's") })
    #expect(log.contains("✓") && log.contains("reviewed · v"), "\(screen)")
  }

  @Test("any other business and the next meeting close the agenda, after the last plan item")
  func closingItems() throws {
    var screen = try Self.screen()
    // The last item brings the end of the agenda into view.
    for _ in screen.agendaIDs.dropFirst() { screen.press(.right) }
    let rows = Self.agendaRows(screen)
    let last = try #require(rows.lastIndex { $0.contains(screen.agendaIDs.last ?? "?") })
    let other = try #require(rows.firstIndex { $0.contains("Any other bus") })
    let next = try #require(rows.firstIndex { $0.contains("Date of the next") })
    #expect(last < other && other < next, "\(screen)")
    #expect(rows[next].contains("not set · i"))
    Self.raiseOtherBusiness(&screen)
    #expect(
      Self.agendaRows(screen).contains {
        $0.contains("Any other bus") && $0.contains("1 item · O")
      },
      "\(screen)")
  }

  @Test("without a board the agenda is the plan items alone")
  func withoutBoard() throws {
    let screen = try MeetingScreen(width: 120, height: 40, agenda: "status:red,amber")
    #expect(!screen.shows("Welcome, apologies"))
    #expect(!screen.shows("Any other bus"))
  }

  @Test("i takes the time, venue and minute-taker, the board file's own shown as the default")
  func details() throws {
    var screen = try Self.screen()
    screen.type("i")
    #expect(screen.shows("Minute-taker"), "\(screen)")
    // Title, Date, Time, Venue, Chair, Minute-taker.
    screen.press(.tab, .tab)
    screen.type("2pm")
    screen.press(.tab)
    screen.type("Room 4, Civic Centre")
    screen.press(.tab, .tab)
    screen.type("Priya Shah")
    screen.press(.control("s"))
    #expect(
      screen.eventsToRecord == [
        .details(
          MeetingDetailsChange(
            time: "2pm", venue: "Room 4, Civic Centre", minuteTaker: "Priya Shah"))
      ], "\(screen)")
  }

  @Test("at 80x24 every field of the details shows, one a row, the focused one with its hint")
  func compactForm() throws {
    var screen = try Self.screen(width: 80, height: 24)
    screen.type("i")
    for label in ["Title", "Minute-taker", "Next meeting"] {
      #expect(screen.shows(label), "\(screen)")
    }
    #expect(!screen.shows("↓ more") && !screen.shows("↑ more"))
    screen.press(.tab, .tab)
    #expect(screen.shows("empty: 2pm, as the board file says") || screen.shows("for example 2pm"))
  }

  @Test("on a screen too short for every field, the form keeps the focused one in view")
  func smallScreenForm() throws {
    var screen = try Self.screen(width: 60, height: 12)
    screen.type("i")
    #expect(screen.shows("Title"))
    #expect(screen.shows("↓ more"), "\(screen)")
    #expect(!screen.shows("Next meeting"))
    for _ in 0..<10 { screen.press(.tab) }
    #expect(screen.shows("Next meeting"), "\(screen)")
    #expect(screen.shows("↑ more"), "\(screen)")
    #expect(!screen.shows("Title "), "\(screen)")
    #expect(screen.shows("YYYY-MM-DD"), "the focused field's hint shows: \(screen)")
  }

  @Test("b asks what the action arises from: the item by default, other business, or nothing")
  func actionArising() throws {
    var screen = try Self.screen()
    Self.raiseOtherBusiness(&screen)
    screen.type("b")
    #expect(screen.shows("Arising from"), "\(screen)")
    #expect(screen.shows("AOB1 (other business)"), "\(screen)")
    screen.type("Report on the routes")
    screen.press(.tab)
    screen.type("Transport Manager")
    screen.press(.tab)
    screen.type("2027-03")
    screen.press(.tab, .control("u"))
    screen.type("Z9.9")
    screen.press(.enter)
    #expect(screen.eventsToRecord == [])
    #expect(screen.shows("Arising from: Z9.9 is not an item on this meeting's agenda"), "\(screen)")
    screen.press(.control("u"))
    screen.type("aob1")
    screen.press(.enter)
    guard case .boardActionRaised(let action) = screen.eventsToRecord.first else {
      Issue.record("no board action: \(screen)")
      return
    }
    #expect(action.business == "AOB1")
    #expect(action.arising == nil)
  }

  @Test(
    "the item under discussion is what a board action arises from unless the form says otherwise")
  func actionFromItem() throws {
    var screen = try Self.screen()
    screen.type("b")
    screen.type("Report on the routes")
    screen.press(.tab)
    screen.type("Transport Manager")
    screen.press(.tab)
    screen.type("2027-03")
    screen.press(.control("s"))
    guard case .boardActionRaised(let action) = screen.eventsToRecord.first else {
      Issue.record("no board action: \(screen)")
      return
    }
    #expect(action.arising?.action == screen.currentID)
    #expect(action.business == nil)
  }

  @Test("on a narrow screen the chosen row of a list is shown whole beneath it")
  func wholeRowWhenCut() throws {
    let long = BoardAction(
      id: "2026-09-20/1",
      text:
        "Report on educational psychology recruitment, the locum budget and the backlog trajectory to the spring term",
      owner: "Head of SEND", due: "2026-11")
    var log = BoardActionLog()
    log.fold(
      MeetingRecord(entries: [
        JournalEntry(
          sequence: 1, time: "2026-09-20T10:00:00+00:00", event: .boardActionRaised(long))
      ]), day: BoardMeetingTests.lastMeeting)
    let context = BoardContext(
      board: BoardMeetingTests.context().board, log: log,
      previousMeeting: BoardMeetingTests.lastMeeting)
    var screen = try MeetingScreen(width: 80, height: 24, board: context)
    screen.type("v")
    #expect(screen.shows("backlog trajectory to the spring term"), "\(screen)")
    #expect(screen.shows("Head of SEND · due 2026-11"), "\(screen)")
    // A row that fits is not repeated.
    var short = try Self.screen(width: 80, height: 24)
    short.type("v")
    #expect(
      short.grid.rows(containing: "Report on EP recruitment").count == 1, "\(short)")
  }
}
