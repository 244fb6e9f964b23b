import BoardwalkCore
import BoardwalkUI
import Testing

@Suite("The agenda: area by area, red, amber and overdue first inside each, or a filter's actions")
struct AgendaOrderTests {
  @Test("by default every area in order and, inside each, red, amber, overdue, then the rest")
  func defaultAgenda() throws {
    let screen = try MeetingScreen()
    #expect(
      screen.agendaIDs == [
        "1.1", "1.2", "1.3", "2.2", "2.1", "2.3", "3.1", "IN-1", "AP-1", "AP-2", "PS-1", "PS-2",
        "CF-1",
      ])
  }

  @Test("groups keep file order inside; amber and overdue counts as amber; done is never overdue")
  func groupsInsideAnArea() throws {
    let screen = try MeetingScreen(.quayside)
    #expect(
      screen.agendaIDs == [
        "Q1.4", "Q1.8", "Q1.3", "Q1.7", "Q1.2", "Q1.6", "Q1.1", "Q1.5", "Q2.3", "Q2.1", "Q2.2",
        "QA.1",
      ])
  }

  @Test("a parent area comes before the one beneath it, and an area with nothing is left out")
  func areasInOrder() throws {
    let screen = try MeetingScreen(.quayside)
    let meeting = try #require(screen.meeting)
    let plan = screen.state.store.plans[0]
    #expect(meeting.agenda.sections.map { plan.areas[$0.area].id } == ["Q1", "Q2", "QA"])
  }

  @Test(
    "a filter agenda keeps only what matches, in the same order",
    arguments: [
      (MeetingPlans.boards, "status:red,amber", ["1.1", "1.2", "2.2", "AP-1", "CF-1"]),
      (.quayside, "status:red,amber", ["Q1.4", "Q1.8", "Q1.3", "Q1.7", "Q2.3", "QA.1"]),
      (.quayside, "due:overdue", ["Q1.8", "Q1.7", "Q1.2", "Q1.6"]),
    ])
  func filterAgenda(plans: MeetingPlans, agenda: String, expected: [String]) throws {
    let screen = try MeetingScreen(plans, agenda: agenda)
    #expect(screen.agendaIDs == expected)
  }

  @Test("the header says which agenda the meeting walks")
  func agendaInHeader() throws {
    let all = try MeetingScreen(width: 200, height: 50)
    #expect(
      all.grid.row(1).hasPrefix(
        " Agenda: every action, red, amber and overdue first · 2 entries saved · journal board-2026-11.jsonl"
      ))
    let exceptions = try MeetingScreen(width: 200, height: 50, agenda: "status:red,amber")
    #expect(
      exceptions.grid.row(1).hasPrefix(" Agenda: status:red,amber · 2 entries saved · journal "))
  }

  @Test("a status changed in the meeting does not reorder the agenda")
  func fixedAgenda() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.riverside("1.3"))])
    let before = screen.agendaIDs
    screen.type("s")
    screen.press(.up, .up, .enter)
    screen.type("Audit found gaps")
    screen.press(.enter)
    screen.save()
    #expect(screen.meeting?.record.item(Ref.riverside("1.3")).newStatus == "red")
    #expect(screen.agendaIDs == before)
    #expect(screen.currentID == "1.3")
  }
}
