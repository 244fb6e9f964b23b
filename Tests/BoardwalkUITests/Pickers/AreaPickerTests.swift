import BoardwalkUI
import Testing

@Suite("The area picker (a) sets areas, areas for improvement included")
struct AreaPickerTests {
  @Test("every area of every plan is offered, in file order")
  func everyArea() throws {
    var screen = try Screen()
    screen.type("a")
    guard case .picker(let picker) = screen.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(
      picker.visibleItems.map(\.title) == [
        "APA1  Timeliness of EHC plans", "APA2  Preparation for adulthood",
        "AFI1  Joint quality assurance", "C1  Inclusion in local schools",
        "O1  Alternative provision", "O2  Partnerships with settings",
        "AFI2  Communication with families",
      ])
  }

  @Test("type-ahead finds an area for improvement; its id is unique, so no plan term is needed")
  func typeAhead() throws {
    var screen = try Screen()
    screen.type("aafi2")
    screen.press(.enter)
    #expect(screen.filter == "area:AFI2")
    #expect(screen.rowIDs == ["AP-2", "CF-1"])
  }

  @Test("two areas chosen with Tab give a comma list")
  func twoAreas() throws {
    var screen = try Screen()
    screen.type("a")
    screen.press(.tab)
    screen.press(.down)
    screen.press(.tab)
    screen.press(.enter)
    #expect(screen.filter == "area:APA1,APA2")
    #expect(screen.rowIDs == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"])
  }

  @Test("a parent area brings the actions of the areas beneath it")
  func parentArea() throws {
    var screen = try Screen()
    screen.type("a")
    screen.press(.down, .down, .down, .enter)
    #expect(screen.filter == "area:C1")
    #expect(screen.rowIDs == ["AP-1", "AP-2", "PS-1", "PS-2", "IN-1"])
  }
}
