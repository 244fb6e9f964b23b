import BoardwalkUI
import Testing

/// Today is 2026-11-22.
@Suite("The due picker (d) sets a due range")
struct DuePickerTests {
  @Test(
    "each fixed choice sets its due term",
    arguments: [
      (0, "due:overdue", ["1.1", "1.3", "3.1", "AP-1", "CF-1"]),
      (1, "due:7d", []),
      (2, "due:30d", ["2.2"]),
      (3, "due:90d", ["2.2", "PS-1"]),
      (4, "due:2026-11", ["1.3", "CF-1"]),
      (5, "due:2026-12", ["2.2"]),
      (6, "due:none", ["2.3", "AP-2", "IN-1"]),
      (7, "due:ongoing", ["AP-2"]),
      (8, "due:tbc", ["2.3"]),
    ])
  func fixedChoice(index: Int, filter: String, ids: [String]) throws {
    var screen = try Screen()
    screen.type("d")
    for _ in 0..<index { screen.press(.down) }
    screen.press(.enter)
    #expect(screen.filter == filter)
    #expect(screen.rowIDs == ids)
  }

  @Test("a range typed into the query is offered first, as typed, and applies")
  func typedRange() throws {
    var screen = try Screen()
    screen.type("d2026-11..2026-12")
    guard case .picker(let picker) = screen.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.highlighted?.title == "Due 2026-11..2026-12")
    screen.press(.enter)
    #expect(screen.filter == "due:2026-11..2026-12")
    #expect(screen.rowIDs == ["1.3", "2.2", "CF-1"])
  }

  @Test("an open-ended typed range works too")
  func openRange() throws {
    var screen = try Screen()
    screen.type("d2027-01-01..")
    screen.press(.enter)
    #expect(screen.filter == "due:2027-01-01..")
    #expect(screen.rowIDs == ["1.2", "PS-1"])
  }

  @Test("a new due choice replaces the due term already set")
  func replacesDue() throws {
    var screen = try Screen(filter: "due:overdue plan:lakeside")
    screen.type("d")
    screen.press(.down, .down, .down, .down, .enter)
    #expect(screen.filter == "plan:lakeside due:2026-11")
    #expect(screen.rowIDs == ["CF-1"])
  }
}
