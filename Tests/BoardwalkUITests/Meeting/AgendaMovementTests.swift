import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("Moving through the agenda: one key each way, each move journaled")
struct AgendaMovementTests {
  @Test(
    "→ ] l go to the next item and ask to journal the move",
    arguments: [Key.right, .character("]"), .character("l")])
  func next(key: Key) throws {
    var screen = try MeetingScreen()
    screen.press(key)
    #expect(screen.currentID == "1.2")
    #expect(screen.eventsToRecord == [.moved(Ref.riverside("1.2"))])
    #expect(screen.grid.row(0).hasSuffix("item 2 of 13 "))
  }

  @Test(
    "← [ h go to the previous item and ask to journal the move",
    arguments: [Key.left, .character("["), .character("h")])
  func previous(key: Key) throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.riverside("2.2"))])
    screen.press(key)
    #expect(screen.currentID == "1.3")
    #expect(screen.eventsToRecord == [.moved(Ref.riverside("1.3"))])
  }

  @Test("→ walks every item in agenda order, across areas and plans")
  func walkTheAgenda() throws {
    var screen = try MeetingScreen()
    var visited = [screen.currentID]
    for _ in 1..<13 {
      screen.press(.right)
      visited.append(screen.currentID)
    }
    #expect(visited == screen.agendaIDs.map { Optional($0) })
  }

  @Test("at the last item → stays there and journals nothing")
  func pastTheEnd() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.lakeside("CF-1"))])
    screen.press(.right)
    #expect(screen.currentID == "CF-1")
    #expect(screen.eventsToRecord == [])
  }

  @Test("at the first item ← stays there and journals nothing")
  func beforeTheStart() throws {
    var screen = try MeetingScreen()
    screen.press(.left)
    #expect(screen.currentID == "1.1")
    #expect(screen.eventsToRecord == [])
  }

  @Test("Tab moves to the agenda, j and k move its cursor, Enter goes to that item")
  func agendaCursor() throws {
    var screen = try MeetingScreen()
    screen.press(.tab)
    #expect(screen.meeting?.focusOnAgenda == true)
    screen.type("jjjk")
    #expect(screen.meeting?.agendaCursor.selected == 2)
    #expect(screen.currentID == "1.1")
    #expect(screen.eventsToRecord == [])
    screen.press(.enter)
    #expect(screen.currentID == "1.3")
    #expect(screen.meeting?.focusOnAgenda == false)
    #expect(screen.eventsToRecord == [.moved(Ref.riverside("1.3"))])
  }

  @Test("at 80 columns the agenda takes the screen while it has the focus")
  func agendaAlone() throws {
    var screen = try MeetingScreen()
    #expect(!screen.shows("Agenda ─"))
    screen.press(.tab)
    #expect(screen.shows("APA1 Timeliness of EHC plans"))
    #expect(!screen.shows("Last time"))
  }

  @Test("j scrolls the item; moving to another item starts it from the top")
  func itemScroll() throws {
    var screen = try MeetingScreen(height: 14)
    screen.type("jj")
    #expect(screen.meeting?.itemScroll == 2)
    screen.press(.right)
    #expect(screen.meeting?.itemScroll == 0)
  }

  @Test("j stops at the end of the item, and k scrolls back from there at once")
  func itemScrollStopsAtTheEnd() throws {
    var screen = try MeetingScreen(height: 14)
    screen.type(String(repeating: "j", count: 200))
    let end = try #require(screen.meeting?.itemScroll)
    #expect(end > 2 && end < 200, "\(end)")
    screen.type("j")
    #expect(screen.meeting?.itemScroll == end)
    screen.type("k")
    #expect(screen.meeting?.itemScroll == end - 1)
    screen.press(.pageDown, .pageDown, .pageDown)
    #expect(screen.meeting?.itemScroll == end)
  }

  @Test("a wide screen shows the agenda beside the item, items discussed ticked once saved")
  func agendaTicks() throws {
    var screen = try MeetingScreen(width: 200, height: 50)
    screen.type("n")
    screen.type("Backlog at ninety")
    screen.press(.enter)
    // Rows 3 and 4 head the agenda with the plan and the area: two plans are open.
    #expect(screen.grid.row(3).hasPrefix("│riverside · "))
    #expect(screen.grid.row(4).hasPrefix("│APA1 Timeliness of EHC plans"))
    #expect(screen.grid.row(5).hasPrefix("│ !R 1.1 Clear the backlog"))
    screen.save()
    #expect(screen.grid.row(5).hasPrefix("│✓!R 1.1 Clear the backlog"))
    #expect(screen.grid.rows(containing: "✓") == [5])
  }
}
