import BoardwalkCore
import BoardwalkUI
import Testing

/// Issue 13: on a projected screen, confidential actions are marked wherever they are
/// listed, and public mode withholds their text while still counting them. In the fixture,
/// riverside 2.2 is confidential in its plan.
@Suite("confidential actions on screen, and public mode")
struct PublicModeTests {
  static let title = "Start annual reviews from Year 9"

  @Test("the table marks a confidential action [C], and the legend under it says what that is")
  func marked() throws {
    let screen = try Screen(width: 120, height: 36)
    #expect(screen.grid.text.contains("[C] \(Self.title)"))
    #expect(screen.grid.text.contains("[C] confidential"))
  }

  @Test(
    "P switches public mode: the title and owners withheld, the header says PUBLIC, P again shows them"
  )
  func toggles() throws {
    var screen = try Screen(width: 120, height: 36)
    screen.type("P")
    #expect(screen.state.isPublic)
    #expect(screen.grid.row(0).hasPrefix(" PUBLIC Boardwalk"))
    #expect(!screen.grid.text.contains(Self.title))
    #expect(screen.grid.text.contains("[C] Confidential item (exempt information)"))
    #expect(screen.rowIDs.count == 13, "still listed and counted")
    screen.type("P")
    #expect(!screen.state.isPublic)
    #expect(screen.grid.text.contains(Self.title))
  }

  @Test(
    "in public mode a search does not look into withheld words: typing them finds nothing, P off finds them"
  )
  func searchWithheld() throws {
    // "Year 9" is only in 2.2's title.
    var screen = try Screen(width: 120, height: 36, filter: "\"Year 9\"", isPublic: true)
    #expect(screen.rowIDs.isEmpty, "the search told which confidential item says Year 9")
    screen.type("P")
    #expect(screen.rowIDs == ["2.2"])
    screen.type("P")
    #expect(screen.rowIDs.isEmpty)
  }

  @Test(
    "in public mode a confidential action is found by what is shown of it: its id and the words in its place"
  )
  func searchShown() throws {
    let byWords = try Screen(
      width: 120, height: 36, filter: "\"exempt information\"", isPublic: true)
    #expect(byWords.rowIDs == ["2.2"])
    let negated = try Screen(width: 120, height: 36, filter: "-\"Year 9\"", isPublic: true)
    #expect(negated.rowIDs.contains("2.2"), "a negated search must not tell either")
  }

  @Test("started public (--public), a confidential action's text shows nowhere on any pane")
  func startedPublic() throws {
    var screen = try Screen(width: 200, height: 50, filter: "confidential:yes", isPublic: true)
    #expect(screen.selectedID == "2.2")
    for key in ["1", "2", "3", "4"] {
      screen.type(key)
      #expect(!screen.grid.text.contains(Self.title), "pane \(key)")
      #expect(!screen.grid.text.contains("Preparation for Adulthood Lead"), "pane \(key)")
    }
    #expect(screen.grid.text.contains("Withheld in public mode (P shows them):"))
  }
}
