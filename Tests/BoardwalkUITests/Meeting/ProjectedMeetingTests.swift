import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

/// Issue 13: a meeting on a projected screen. The item being minuted never scrolls out of
/// sight, confidential items are marked in the agenda and withheld in public mode, and what
/// was struck out shows as struck.
@Suite("a meeting on the shared screen")
struct ProjectedMeetingTests {
  static let title = "Clear the backlog of EHC needs assessments open for more than twenty weeks"

  @Test("at 80x24, recording notes on an item keeps its id and title on the pane's first row")
  func pinnedHeading() throws {
    var screen = try MeetingScreen(width: 80, height: 24)
    for number in 1...4 {
      screen.type("nNote \(number) on the backlog trajectory and what the board asked to see next")
      screen.press(.enter)
      screen.save()
    }
    #expect(screen.meeting?.itemScroll ?? 0 > 0, "the item did not scroll: \(screen)")
    // Row 2 is the item pane's top border; its first row inside is row 3.
    #expect(screen.grid.row(3).hasPrefix("│1.1 Clear the backlog"), "\(screen)")
    #expect(screen.shows("Note 4 on the backlog"))
  }

  @Test("scrolled back to its top, the item shows its heading once, in full")
  func headingOnceAtTop() throws {
    var screen = try MeetingScreen(width: 80, height: 24)
    screen.type("nA note")
    screen.press(.enter)
    screen.save()
    screen.send(.key(.home))
    #expect(screen.grid.rows(containing: "1.1 Clear the backlog").count == 1)
  }

  @Test("the agenda marks a confidential item [C] at 200x50")
  func agendaMark() throws {
    let screen = try MeetingScreen(width: 200, height: 50)
    // 2.2 is confidential in riverside's plan.
    #expect(screen.shows("2.2 [C] Start annual reviews from Y"), "\(screen)")
  }

  @Test("public mode withholds a confidential item's words in the agenda and in the item")
  func publicMode() throws {
    var screen = try MeetingScreen(width: 200, height: 50, resuming: [.moved(Ref.riverside("2.2"))])
    #expect(screen.shows("Preparation for Adulthood Lead"))
    screen.type("P")
    #expect(!screen.shows("Start annual reviews from Year 9"), "\(screen)")
    #expect(!screen.shows("Preparation for Adulthood Lead"), "\(screen)")
    #expect(screen.shows("2.2 [C] \(Confidentiality.withheldTitle)"))
    #expect(screen.shows("Withheld in public mode (P shows them)"))
    // Other items keep their words.
    #expect(screen.shows("1.1 Clear the backlog of EHC needs"))
    #expect(screen.grid.row(0).hasPrefix(" PUBLIC · Meeting"), "\(screen.grid.row(0))")
  }
}

/// `M` on a filtered screen offers the filter as the meeting's agenda.
@Suite("M on a filtered screen")
struct MeetingAgendaOfferTests {
  @Test("without a filter, M opens the meeting with the default agenda")
  func unfiltered() throws {
    var screen = try Screen()
    screen.type("M")
    #expect(screen.state.takeEffects() == [.openMeeting(agenda: nil)])
  }

  @Test("with a filter, M asks: Enter takes the filter as the agenda")
  func filterChosen() throws {
    var screen = try Screen(filter: "status:red,amber")
    screen.type("M")
    #expect(screen.state.takeEffects().isEmpty)
    #expect(!screen.grid.rows(containing: "> The filter on screen: status:red,amber").isEmpty)
    screen.press(.enter)
    #expect(screen.state.takeEffects() == [.openMeeting(agenda: "status:red,amber")])
    #expect(screen.state.overlay == nil)
  }

  @Test("↓ then Enter takes every open action instead; Esc starts nothing")
  func otherChoices() throws {
    var screen = try Screen(filter: "owner:~head")
    screen.type("M")
    screen.press(.down)
    #expect(!screen.grid.rows(containing: "> Every open action").isEmpty)
    screen.press(.enter)
    #expect(screen.state.takeEffects() == [.openMeeting(agenda: nil)])
    screen.type("M")
    screen.press(.escape)
    #expect(screen.state.takeEffects().isEmpty)
    #expect(screen.state.overlay == nil)
  }
}

/// A new meeting's agenda leaves out what is done unless asked.
@Suite("the default agenda")
struct DefaultAgendaTests {
  @Test("is every open action: done actions are left out, and the header says so")
  func leavesOutDone() throws {
    let screen = try MeetingScreen(width: 200, height: 50, agenda: Agenda.defaultExpression)
    // 2.1 is complete and PS-2 embedded: both done.
    #expect(!screen.agendaIDs.contains("2.1"))
    #expect(!screen.agendaIDs.contains("PS-2"))
    #expect(screen.agendaIDs.contains("1.1"))
    #expect(screen.shows("Agenda: every action not done, red, amber"))
  }

  @Test("an empty agenda, as meet --include-done records it, is every action")
  func includeDone() throws {
    let screen = try MeetingScreen(width: 200, height: 50, agenda: "")
    #expect(screen.agendaIDs.contains("2.1"))
    #expect(screen.shows("Agenda: every action, red, amber and overdue first"))
  }
}
