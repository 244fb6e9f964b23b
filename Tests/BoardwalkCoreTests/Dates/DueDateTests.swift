import Testing

@testable import BoardwalkCore

@Suite("DueDate: a date, ongoing or tbc")
struct DueDateTests {
  @Test("ongoing in any case", arguments: ["ongoing", "Ongoing", "ONGOING", "onGoing"])
  func ongoing(text: String) throws {
    let due = try DueDate(parsing: text)
    #expect(due == .ongoing)
    #expect(due.calendarDate == nil)
    #expect(due.description == "ongoing")
  }

  @Test("tbc in any case", arguments: ["tbc", "TBC", "Tbc"])
  func tbc(text: String) throws {
    let due = try DueDate(parsing: text)
    #expect(due == .tbc)
    #expect(due.calendarDate == nil)
    #expect(due.description == "tbc")
  }

  @Test("a month is due on its last day but is written as the month")
  func month() throws {
    let due = try DueDate(parsing: "2024-02")
    #expect(due.calendarDate == Day.of(2024, 2, 29))
    #expect(due.description == "2024-02-29")
    #expect(due.written == "2024-02")
  }

  @Test("a day is due that day")
  func day() throws {
    let due = try DueDate(parsing: "2024-09-30")
    #expect(due.calendarDate == Day.of(2024, 9, 30))
    #expect(due.written == "2024-09-30")
  }

  @Test("words meaning ongoing are refused with ongoing as the suggestion")
  func ongoingWords() {
    #expect(throws: DateProblem.notADate("On-going", suggestion: "ongoing")) {
      try DueDate(parsing: "On-going")
    }
  }

  @Test("dates that do not exist are refused as due dates too")
  func nonexistent() {
    #expect(throws: DateProblem.noSuchDay("2023-02-29", year: 2023, month: 2)) {
      try DueDate(parsing: "2023-02-29")
    }
    #expect(throws: DateProblem.notADate("Sept-24", suggestion: "2024-09")) {
      try DueDate(parsing: "Sept-24")
    }
  }
}
