import BoardwalkCore
import Testing

/// Issue 14: an action's ratings over time, read from its dated updates and its status now,
/// written as letters so that the direction of travel reads without colour.
@Suite("an action's rating trend")
struct RatingTrendTests {
  static let plan = Plan(id: "p", title: "Plan", areas: [Area(id: "A", title: "Area")])
  // The built-in RAG scale: red 0, amber 1, green 2, complete 3.
  static func action(updates: [Int?], status: Int?) -> Action {
    Action(
      id: "1", area: 0, title: "Action", status: status,
      updates: updates.enumerated().map { offset, status in
        ProgressUpdate(
          date: PlanDate(CalendarDate(year: 2026, month: 1 + offset, day: 1)!), status: status)
      })
  }

  @Test("each dated status, oldest first, then the status now when it differs from the last")
  func letters() {
    let trend = RatingTrend(of: Self.action(updates: [1, 1, 0, 0], status: 1), in: Self.plan)
    #expect(trend.letters == "A A R R A")
    let same = RatingTrend(of: Self.action(updates: [0, 1], status: 1), in: Self.plan)
    #expect(same.letters == "R A")
  }

  @Test("updates without a status are passed over; only the last five ratings are kept")
  func lastFive() {
    let trend = RatingTrend(
      of: Self.action(updates: [0, nil, 0, 1, 1, 2, 2], status: 3), in: Self.plan)
    #expect(trend.ratings.count == 5)
    #expect(trend.letters == "A A G G B")
  }

  @Test("fewer than two ratings make no trend")
  func none() {
    #expect(RatingTrend(of: Self.action(updates: [], status: 1), in: Self.plan).letters == nil)
    #expect(RatingTrend(of: Self.action(updates: [nil], status: nil), in: Self.plan).letters == nil)
  }
}
