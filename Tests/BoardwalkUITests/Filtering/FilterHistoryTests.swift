import BoardwalkUI
import Testing

@Suite("Esc steps back through the filters one change at a time")
struct FilterHistoryTests {
  @Test("a picker, then a heat-map cell, then Esc twice returns to all actions")
  func stepsBack() throws {
    var screen = try Screen()
    screen.type("o")
    screen.press(.down, .enter)
    #expect(screen.filter == "owner:\"Head of SEND\"")
    screen.type("3l")
    screen.press(.enter)
    #expect(screen.filter == "owner:\"Head of SEND\" plan:riverside area:APA1 status:amber")
    #expect(screen.rowIDs == ["1.2"])
    screen.press(.escape)
    #expect(screen.filter == "owner:\"Head of SEND\"")
    #expect(screen.rowIDs == ["1.1", "1.2", "2.2", "AP-2", "IN-1"])
    #expect(screen.grid.row(23).contains("Back to: owner:\"Head of SEND\""))
    screen.press(.escape)
    #expect(screen.filter == "")
    #expect(screen.rowIDs.count == 13)
    #expect(screen.grid.row(23).contains("Back to: all actions"))
    screen.press(.escape)
    #expect(screen.filter == "")
    #expect(screen.grid.row(23).contains("Nothing to go back to (q quits)"))
  }

  @Test("Esc after c brings the cleared filter back")
  func undoesClear() throws {
    var screen = try Screen()
    screen.type("s")
    screen.press(.enter)
    #expect(screen.filter == "status:red")
    screen.type("c")
    #expect(screen.filter == "")
    screen.press(.escape)
    #expect(screen.filter == "status:red")
  }

  @Test("on a narrow screen Esc in the detail first goes back to the table, keeping the filter")
  func detailFirst() throws {
    var screen = try Screen()
    screen.type("s")
    screen.press(.enter, .enter)
    #expect(screen.state.focus == .detail)
    screen.press(.escape)
    #expect(screen.state.focus == .actions)
    #expect(screen.filter == "status:red")
    screen.press(.escape)
    #expect(screen.filter == "")
  }

  @Test("Esc after choosing an area with Enter returns to the filter before the area")
  func undoesAreaChoice() throws {
    var screen = try Screen()
    screen.type("s")
    screen.press(.enter)
    #expect(screen.filter == "status:red")
    screen.type("1jj")
    screen.press(.enter)
    #expect(screen.filter == "status:red plan:riverside area:APA1")
    screen.press(.escape)
    #expect(screen.filter == "status:red")
  }
}
