import BoardwalkCore
import BoardwalkUI
import Testing

@Suite("The detail pane's owners line")
struct DetailOwnersTests {
  @Test("an owner written with a line break (from a spreadsheet cell) reads as one name")
  func lineBreakInsideAnOwner() throws {
    let screen = try Screen(.babel, width: 160, height: 48, filter: "owner:~break")
    #expect(screen.rowIDs == ["ESC-2"])
    #expect(screen.grid.rows(containing: "Owners: Line Break Owner").count == 1)
    #expect(
      !screen.grid.text.split(separator: "\n").contains { $0.contains("│Break Owner") },
      "the owner's second half on a line of its own")
  }

  @Test("an empty table offers no Enter in the status line")
  func emptyTableOffersNoEnter() throws {
    let screen = try Screen(filter: "\"no plan says this\"")
    #expect(screen.rowIDs.isEmpty)
    #expect(!screen.grid.row(23).contains("Enter"))
    let full = try Screen()
    #expect(full.grid.row(23).contains("Enter open"))
  }
}
