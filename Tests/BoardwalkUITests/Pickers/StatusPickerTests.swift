import BoardwalkUI
import Testing

@Suite("The status picker (s) sets statuses by RAG class or by a scale's own level")
struct StatusPickerTests {
  @Test("Red and Amber chosen with Tab give status:red,amber across both scales")
  func redAndAmber() throws {
    var screen = try Screen()
    screen.type("s")
    screen.press(.tab)
    screen.press(.down)
    screen.press(.tab)
    screen.press(.enter)
    #expect(screen.filter == "status:red,amber")
    #expect(screen.rowIDs == ["1.1", "1.2", "2.2", "AP-1", "CF-1"])
  }

  @Test(
    "each class, open and done",
    arguments: [
      (0, "status:red", ["1.1", "AP-1"]),
      (1, "status:amber", ["1.2", "2.2", "CF-1"]),
      (2, "status:green", ["1.3", "AP-2", "IN-1"]),
      (3, "status:blue", ["2.1", "PS-2"]),
      (4, "status:grey", ["PS-1"]),
      (5, "status:unrated", ["2.3", "3.1"]),
      (
        6, "status:open",
        ["1.1", "1.2", "1.3", "2.2", "2.3", "3.1", "AP-1", "AP-2", "PS-1", "CF-1", "IN-1"]
      ),
      (7, "status:done", ["2.1", "PS-2"]),
    ])
  func classes(index: Int, filter: String, ids: [String]) throws {
    var screen = try Screen()
    screen.type("s")
    for _ in 0..<index { screen.press(.down) }
    screen.press(.enter)
    #expect(screen.filter == filter)
    #expect(screen.rowIDs == ids)
  }

  @Test("a level of the custom scale, found by typing its label")
  func customLevel() throws {
    var screen = try Screen()
    screen.type("sembedded")
    guard case .picker(let picker) = screen.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.highlighted?.title == "B Embedded")
    screen.press(.enter)
    #expect(screen.filter == "status:embedded")
    #expect(screen.rowIDs == ["PS-2"])
  }
}
