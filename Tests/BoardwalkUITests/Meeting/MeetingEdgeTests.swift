import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("Meeting edges: an empty agenda, an agenda that no longer applies, a closed overdue item")
struct MeetingEdgeTests {
  @Test(
    "with an empty agenda, each key that minutes an item says there is no item",
    arguments: ["n", "d", "s", "p", "C", "x", "r", "u"])
  func emptyAgendaKeys(key: String) throws {
    var screen = try MeetingScreen(agenda: "\"no plan says this\"")
    screen.type(key)
    #expect(screen.overlay == nil)
    #expect(screen.pending.isEmpty)
    #expect(
      screen.message
        == StatusMessage(
          "The agenda is empty: there is no item to minute (q leaves the meeting)", isError: true))
  }

  @Test("a recorded agenda that no longer compiles shows every action and says why")
  func brokenRecordedAgenda() throws {
    let screen = try MeetingScreen(agenda: "status:retired-level", resuming: [])
    #expect(screen.agendaIDs.count == 13)
    let message = try #require(screen.message)
    #expect(message.isError)
    #expect(message.text.hasPrefix("Meeting resumed at item 1 of 13 · "))
    #expect(
      message.text.contains(
        "The meeting's agenda \"status:retired-level\" does not apply to these plans"))
    #expect(
      screen.grid.row(1).hasPrefix(" Agenda: every action (the recorded agenda does not apply)"))
  }

  @Test("an overdue item the board closes loses its overdue mark in the agenda once saved")
  func closedItemNotOverdue() throws {
    var screen = try MeetingScreen(width: 200, height: 50)
    #expect(screen.grid.row(5).hasPrefix("│ !R 1.1 Clear the backlog"))
    screen.type("p")
    screen.press(.enter)
    screen.save()
    screen.type("Cy")
    screen.save()
    #expect(screen.grid.row(5).hasPrefix("│✓ B 1.1 Clear the backlog"), "\(screen.grid.row(5))")
    #expect(!screen.shows("OVERDUE"))
  }
}
