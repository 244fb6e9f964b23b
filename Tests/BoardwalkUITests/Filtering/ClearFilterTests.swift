import BoardwalkUI
import Testing

@Suite("c clears the filter")
struct ClearFilterTests {
  @Test("c removes every term, shows all actions and says so")
  func clears() throws {
    var screen = try Screen(filter: "status:red,amber owner:~send -area:AFI2")
    #expect(screen.rowIDs == ["1.1", "1.2", "2.2"])
    screen.type("c")
    #expect(screen.filter == "")
    #expect(screen.rowIDs.count == 13)
    #expect(screen.grid.row(1).contains("Filter: none"))
    #expect(screen.grid.row(23).contains("Filter cleared: all 13 actions"))
  }

  @Test("c also puts the areas cursor back on All areas")
  func resetsAreas() throws {
    var screen = try Screen()
    screen.type("1jjj")
    #expect(screen.filter == "plan:riverside area:APA2")
    screen.type("c")
    #expect(screen.state.areasCursor.selected == 0)
    #expect(screen.filter == "")
  }
}
