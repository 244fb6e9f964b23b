import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("Snapshots: the meeting screen")
struct MeetingScreenSnapshotTests {
  @Test("a meeting just started, on its first item", arguments: ScreenSize.meeting)
  func fresh(size: ScreenSize) throws {
    let screen = try MeetingScreen(width: size.width, height: size.height)
    assertMeetingScreen(screen, named: size.name)
  }

  @Test("a meeting just started on the smallest screen")
  func smallest() throws {
    let size = ScreenSize.smallest
    let screen = try MeetingScreen(width: size.width, height: size.height)
    assertMeetingScreen(screen, named: size.name)
  }

  @Test(
    "an item with three dated updates, last meeting's note, and a note, decision and status change",
    arguments: ScreenSize.meeting)
  func itemWithHistory(size: ScreenSize) throws {
    let ref = Ref.lakeside("AP-1")
    let screen = try MeetingScreen(
      width: size.width, height: size.height,
      resuming: [
        .details(
          MeetingDetailsChange(title: "Lakeside and Riverside SEND board", chair: "Cllr Ada Okafor")
        ),
        .moved(ref),
        .note(ref, text: "Two providers have asked to join a reissued tender."),
        .decision(ref, text: "Reissue the tender in January; report back in March."),
        .statusChanged(
          ref, from: "off-track", to: "some-concerns", reason: "Tender reissue agreed"),
      ])
    assertMeetingScreen(screen, named: size.name)
  }

  @Test(
    "an item whose closure the board confirmed, marked confidential", arguments: ScreenSize.meeting)
  func closedConfidential(size: ScreenSize) throws {
    let ref = Ref.riverside("1.1")
    let screen = try MeetingScreen(
      width: size.width, height: size.height,
      resuming: [
        .closureProposed(ref, note: "Backlog cleared in October"), .closureConfirmed(ref),
        .confidential(ref, true),
      ])
    assertMeetingScreen(screen, named: size.name)
  }

  @Test("the agenda with the focus at 80x24")
  func agendaFocused() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.lakeside("AP-1"))])
    screen.press(.tab)
    assertMeetingScreen(screen, named: "80x24")
  }

  @Test("an exception-only agenda", arguments: ScreenSize.meeting)
  func exceptionAgenda(size: ScreenSize) throws {
    let screen = try MeetingScreen(
      width: size.width, height: size.height, agenda: "status:red,amber")
    assertMeetingScreen(screen, named: size.name)
  }

  @Test("an agenda nothing matches", arguments: [ScreenSize.small])
  func emptyAgenda(size: ScreenSize) throws {
    let screen = try MeetingScreen(
      width: size.width, height: size.height, agenda: "\"no plan says this\"")
    assertMeetingScreen(screen, named: size.name)
  }

  @Test(
    "a plan file changed on disk during the meeting", arguments: ScreenSize.meeting + [.smallest])
  func changedPlans(size: ScreenSize) throws {
    var screen = try MeetingScreen(width: size.width, height: size.height)
    screen.send(.feedback(.plansChanged(["plans/riverside.json", "plans/lakeside.json"])))
    assertMeetingScreen(screen, named: size.name)
  }
}
