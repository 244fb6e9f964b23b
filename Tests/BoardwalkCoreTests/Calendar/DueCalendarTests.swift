import Testing

@testable import BoardwalkCore

@Suite("Due calendar: one event per action due, with a UID that stays the same")
struct DueCalendarTests {
  @Test("the UID is ACTION@PLAN.boardwalk, the ids as written")
  func readable() {
    #expect(
      DueCalendar.uid(plan: "demo-northbrook", action: "APA1.2")
        == "APA1.2@demo-northbrook.boardwalk")
  }

  @Test("ids that a plain sanitising would make alike keep distinct UIDs")
  func distinct() {
    let pairs = [
      (("p", "A 1"), ("p", "A_1")), (("p", "PAP5A:1"), ("p", "PAP5A_1")),
      (("a.b", "c"), ("a", "b.c")), (("p@q", "r"), ("p", "q@r")), (("p", "A%201"), ("p", "A 1")),
      (("p", "é"), ("p", "e")),
    ]
    for (one, other) in pairs {
      #expect(
        DueCalendar.uid(plan: one.0, action: one.1)
          != DueCalendar.uid(plan: other.0, action: other.1), "\(one) \(other)")
    }
    #expect(DueCalendar.uid(plan: "p", action: "A 1:é") == "A%201%3A%C3%A9@p.boardwalk")
  }

  @Test("events: one per action listed (not per owner), summary ID: title, the plan as category")
  func events() throws {
    let list = DueList(
      store: BoardFixture.store, window: DueWindow(today: BoardFixture.today, days: 30))
    let events = DueCalendar.events(list, plans: BoardFixture.store.plans)
    #expect(events.count == list.items.count)
    #expect(Set(events.map(\.uid)).count == events.count)
    let shared = try #require(events.first { $0.uid == "1.2@hull.boardwalk" })
    #expect(shared.day == Day.of(2026, 3, 15))
    #expect(shared.summary == "1.2: Train staff on EHCP quality")
    #expect(shared.categories == ["hull"])
    #expect(shared.description.contains("Owners: SEND Programme Manager; Head of SEND"))
    let overdue = try #require(events.first { $0.uid == "1.1@hull.boardwalk" })
    #expect(overdue.description.hasSuffix("OVERDUE by 1 day on 15 Mar 2026"))
  }
}
