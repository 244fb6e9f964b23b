import BoardwalkCore
import Testing

/// Issue 14: each area's actions counted by the class they had at each of the last meetings.
@Suite("counts by area at each of the last meetings")
struct RatingHistoryTests {
  static func day(_ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: 2026, month: month, day: day)!
  }

  /// Two areas; 1 was amber in March and red in July, red now; 2 had no update, green now.
  static func store() -> PlanStore {
    let plan = Plan(
      id: "p", title: "Plan",
      areas: [Area(id: "A", title: "First"), Area(id: "B", title: "Second")])
    var builder = PlanStore.Builder()
    builder.add(
      plan,
      actions: [
        Action(
          id: "1", area: 0, title: "One", status: 0,
          updates: [
            ProgressUpdate(date: PlanDate(day(3, 10)), status: 1),
            ProgressUpdate(date: PlanDate(day(7, 14)), status: 0),
          ]),
        Action(id: "2", area: 1, title: "Two", status: 2),
      ])
    return builder.build()
  }

  @Test("a rating on a day is the last dated status on or before it; from today, the status now")
  func asAtEachDay() {
    let history = RatingHistory(
      store: Self.store(),
      days: [Self.day(7, 14), Self.day(2, 1), Self.day(5, 1), Self.day(11, 22)],
      today: Self.day(11, 22))
    #expect(history.days == [Self.day(2, 1), Self.day(5, 1), Self.day(7, 14), Self.day(11, 22)])
    let first = history.rows.first { $0.area == 0 }
    #expect(first?.counts.map(RatingHistory.compact) == ["-1", "A1", "R1", "R1"])
    let second = history.rows.first { $0.area == 1 }
    #expect(second?.counts.map(RatingHistory.compact) == ["-1", "-1", "-1", "G1"])
    let plan = history.rows.first { $0.area == nil }
    #expect(plan?.counts.map(\.total) == [2, 2, 2, 2])
  }
}
