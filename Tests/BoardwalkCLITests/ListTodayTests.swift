import Testing

@Suite("boardwalk list --today")
struct ListTodayTests {
  struct Day: Sendable, CustomStringConvertible {
    let today: String
    /// The actions overdue on that day: dated strictly before it and not done.
    let overdue: [String]

    var description: String { today }
  }

  /// A4 (2025-03-31, embedded) is done, so never overdue; a due day is not overdue on the day
  /// itself, only from the next day.
  static let days: [Day] = [
    Day(today: "2024-12-31", overdue: []),
    Day(today: "2025-01-01", overdue: ["B-4"]),
    Day(today: "2025-06-14", overdue: ["A7", "B-1", "B-4"]),
    Day(today: "2025-06-15", overdue: ["A2", "A7", "B-1", "B-4"]),
    Day(today: "2025-07-01", overdue: ["A1", "A2", "A3", "A7", "B-1", "B-3", "B-4"]),
    Day(today: "2030-01-01", overdue: ["A1", "A2", "A3", "A7", "B-1", "B-2", "B-3", "B-4"]),
  ]

  @Test("judges overdue as of --today, in the overdue field and in due:overdue", arguments: days)
  func overdueAsOfToday(_ day: Day) throws {
    let (all, actions) = try JSONQueries.list(today: day.today)
    #expect(all.status == 0, "\(all)")
    #expect(actions.filter(\.overdue).map(\.id) == day.overdue)
    #expect(actions.map(\.id) == FilterCase.everyID)
    let (filtered, kept) = try JSONQueries.list(["--filter", "due:overdue"], today: day.today)
    #expect(filtered.status == 0, "\(filtered)")
    #expect(kept.map(\.id) == day.overdue)
  }

  @Test("counts Nd from --today: due:7d on 2025-07-25 keeps only what is due by 2025-08-01")
  func withinDaysCountsFromToday() throws {
    let (result, kept) = try JSONQueries.list(["--filter", "due:7d"], today: "2025-07-25")
    #expect(result.status == 0, "\(result)")
    #expect(kept.map(\.id) == ["B-2"])
  }
}
