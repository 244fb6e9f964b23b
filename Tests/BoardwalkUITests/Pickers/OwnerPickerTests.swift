import BoardwalkUI
import Testing

@Suite("The owner picker (o) sets an exact owner")
struct OwnerPickerTests {
  @Test("the owners are listed by name, ignoring case, and Enter applies the highlighted one")
  func highlighted() throws {
    var screen = try Screen()
    screen.type("o")
    guard case .picker(let picker) = screen.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(
      picker.visibleItems.map(\.title) == [
        "Head of Inclusion", "Head of SEND", "Parent Carer Forum", "Preparation for Adulthood Lead",
        "Principal Educational Psychologist", "SEND Programme Manager",
      ])
    screen.press(.down, .enter)
    #expect(screen.state.overlay == nil)
    #expect(screen.filter == "owner:\"Head of SEND\"")
    #expect(screen.rowIDs == ["1.1", "1.2", "2.2", "AP-2", "IN-1"])
    #expect(screen.state.focus == .actions)
  }

  @Test("type-ahead narrows the list to the owners that match")
  func typeAhead() throws {
    var screen = try Screen()
    screen.type("oprogramme")
    guard case .picker(let picker) = screen.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.visibleItems.map(\.title) == ["SEND Programme Manager"])
    screen.press(.enter)
    #expect(screen.filter == "owner:\"SEND Programme Manager\"")
    #expect(screen.rowIDs == ["1.3", "3.1", "CF-1"])
  }

  @Test("Tab chooses several owners; Enter applies them as one comma list")
  func multiSelect() throws {
    var screen = try Screen()
    screen.type("o")
    screen.press(.tab)
    screen.press(.down, .down)
    screen.press(.tab)
    #expect(screen.grid.text.contains("Owner · 2 chosen"))
    screen.press(.enter)
    #expect(screen.filter == "owner:\"Head of Inclusion\",\"Parent Carer Forum\"")
    #expect(screen.rowIDs == ["AP-1", "PS-1", "PS-2"])
  }

  @Test("Tab again unchooses")
  func unchoose() throws {
    var screen = try Screen()
    screen.type("o")
    screen.press(.tab)
    screen.press(.down)
    screen.press(.tab)
    screen.press(.up)
    screen.press(.tab)
    screen.press(.enter)
    #expect(screen.filter == "owner:\"Head of SEND\"")
  }

  @Test("a new owner replaces the owner term of the filter and keeps the others")
  func replacesOwner() throws {
    var screen = try Screen(filter: "owner:send status:red")
    screen.type("o")
    screen.press(.enter)
    #expect(screen.filter == "status:red owner:\"Head of Inclusion\"")
    #expect(screen.rowIDs == ["AP-1"])
  }

  @Test("Esc closes the picker and leaves the filter as it was")
  func escCancels() throws {
    var screen = try Screen(filter: "status:red")
    screen.type("o")
    screen.press(.down)
    screen.press(.tab)
    screen.press(.escape)
    #expect(screen.state.overlay == nil)
    #expect(screen.filter == "status:red")
  }

  @Test("Enter when nothing matches leaves the filter alone, says so, and keeps the query")
  func nothingMatches() throws {
    var screen = try Screen()
    screen.type("oxyzzy")
    screen.press(.enter)
    #expect(screen.filter == "")
    #expect(screen.state.message?.text == "Nothing matches \"xyzzy\": change the query or Esc")
    guard case .picker(let picker) = screen.state.overlay else {
      Issue.record("the picker closed, losing the query")
      return
    }
    #expect(picker.query.text == "xyzzy")
    screen.press(.backspace, .backspace, .backspace, .backspace, .backspace)
    screen.type("head of send")
    screen.press(.enter)
    #expect(
      screen.filter.hasPrefix("owner:"), "a query with spaces picks an owner: \(screen.filter)")
  }
}
