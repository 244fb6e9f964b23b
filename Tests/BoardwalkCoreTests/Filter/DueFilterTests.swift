import Testing

@testable import BoardwalkCore

@Suite("due: values (fixture on 2026-03-15)")
struct DueFilterTests {
  @Test(
    "overdue, none, ongoing and tbc",
    arguments: [
      // 1.1 was due yesterday, 1.10 in February, A3 (unrated) in January 2025, PAP1:3 in
      // January; 3.1 and PAP1:2 are past but done; 1.2 is due today; A2 is due this month.
      ("due:overdue", ["1.1", "1.10", "A3", "PAP1:3"]),
      ("due:OVERDUE", ["1.1", "1.10", "A3", "PAP1:3"]),
      ("due:none", ["2.1", "2.2", "2.10"]),
      ("due:ongoing", ["2.1"]),
      ("due:tbc", ["2.2"]),
      ("due:TBC", ["2.2"]),
      ("due:overdue,tbc", ["1.1", "1.10", "2.2", "A3", "PAP1:3"]),
      (
        "-due:overdue", ["1.2", "2.1", "2.2", "2.10", "3.1", "A1", "A2", "A10", "PAP1:1", "PAP1:2"]
      ),
      (
        "-due:none",
        ["1.1", "1.2", "1.10", "3.1", "A1", "A2", "A10", "A3", "PAP1:1", "PAP1:2", "PAP1:3"]
      ),
      (
        "-due:ongoing,tbc",
        [
          "1.1", "1.2", "1.10", "2.10", "3.1", "A1", "A2", "A10", "A3", "PAP1:1", "PAP1:2",
          "PAP1:3",
        ]
      ),
    ])
  func words(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }

  @Test(
    "Nd runs from today to today + N, ends included",
    arguments: [
      ("due:0d", ["1.2"]),
      ("due:1d", ["1.2", "A1"]),
      ("due:15d", ["1.2", "A1"]),
      // A2 is due 2026-03 (31 March), 16 days on.
      ("due:16d", ["1.2", "A1", "A2"]),
      ("due:29d", ["1.2", "A1", "A2"]),
      ("due:30d", ["1.2", "A1", "A2", "A10"]),
      ("due:31d", ["1.2", "A1", "A2", "A10", "PAP1:1"]),
      (
        "-due:30d",
        ["1.1", "1.10", "2.1", "2.2", "2.10", "3.1", "A3", "PAP1:1", "PAP1:2", "PAP1:3"]
      ),
    ])
  func days(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }

  @Test("Nd moves with today")
  func daysFromAnotherToday() throws {
    #expect(try BoardFixture.ids("due:0d", today: Day.of(2026, 3, 14)) == ["1.1"])
    #expect(
      try BoardFixture.ids("due:overdue", today: Day.of(2026, 3, 14)) == ["1.10", "A3", "PAP1:3"])
    #expect(
      try BoardFixture.ids("due:overdue", today: Day.of(2026, 4, 1))
        == ["1.1", "1.2", "1.10", "A1", "A2", "A3", "PAP1:3"])
  }

  @Test(
    "a month, a day",
    arguments: [
      ("due:2026-03", ["1.1", "1.2", "A1", "A2"]),
      // 1.10 is due 2026-02, which means 28 February.
      ("due:2026-02", ["1.10"]),
      ("due:2026-02-28", ["1.10"]),
      ("due:2026-02-27", []),
      ("due:2026-03-31", ["A2"]),
      ("due:2026-03-14", ["1.1"]),
      ("due:2025-01", ["A3"]),
      ("due:2025-01-31", ["A3"]),
      ("due:2025-01-30", []),
      ("due:2026-01-10", ["PAP1:2", "PAP1:3"]),
      ("due:2026-01,2026-02", ["1.10", "PAP1:2", "PAP1:3"]),
      (
        "-due:2026-03",
        ["1.10", "2.1", "2.2", "2.10", "3.1", "A10", "A3", "PAP1:1", "PAP1:2", "PAP1:3"]
      ),
    ])
  func monthAndDay(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }

  @Test(
    "ranges, closed and open, ends included",
    arguments: [
      ("due:2026-01..2026-02", ["1.10", "PAP1:2", "PAP1:3"]),
      ("due:2026-03-15..2026-03-16", ["1.2", "A1"]),
      ("due:2025-12-31..2026-01-10", ["3.1", "PAP1:2", "PAP1:3"]),
      ("due:2026-01-11..2026-02-27", []),
      ("due:..2025-12", ["3.1", "A3"]),
      ("due:..2025-12-30", ["A3"]),
      ("due:2026-04..", ["A10", "PAP1:1"]),
      ("due:2026-04-15..", ["PAP1:1"]),
      ("due:2026-03-31..2026-03", ["A2"]),
      (
        "due:2000-01..2099-12",
        ["1.1", "1.2", "1.10", "3.1", "A1", "A2", "A10", "A3", "PAP1:1", "PAP1:2", "PAP1:3"]
      ),
      (
        "-due:..2025-12",
        [
          "1.1", "1.2", "1.10", "2.1", "2.2", "2.10", "A1", "A2", "A10", "PAP1:1", "PAP1:2",
          "PAP1:3",
        ]
      ),
    ])
  func ranges(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }
}
