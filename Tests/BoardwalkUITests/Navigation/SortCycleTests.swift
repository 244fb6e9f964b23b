import BoardwalkCore
import BoardwalkUI
import Testing

@Suite("S cycles the table's sort: due, status, owner, id, file order")
struct SortCycleTests {
  @Test("due: earliest date first, then ongoing, tbc and no date")
  func byDue() throws {
    var screen = try Screen()
    screen.type("S")
    #expect(
      screen.rowIDs == [
        "PS-2", "2.1", "AP-1", "1.1", "3.1", "CF-1", "1.3", "2.2", "PS-1", "1.2", "AP-2", "2.3",
        "IN-1",
      ])
    #expect(screen.grid.row(1).contains("sorted by due"))
    #expect(screen.state.message?.text == "Sorted by due")
  }

  @Test("status: worst class first (red, amber, green, blue, grey, unrated)")
  func byStatus() throws {
    var screen = try Screen()
    screen.type("SS")
    let classes = screen.state.rows.map { screen.state.store.rag(ofAction: $0) }
    #expect(
      classes == [
        .red, .red, .amber, .amber, .amber, .green, .green, .green, .blue, .blue, .grey, .unrated,
        .unrated,
      ])
    #expect(screen.grid.row(1).contains("sorted by status"))
  }

  @Test("owner: by first owner ignoring case, actions without an owner last")
  func byOwner() throws {
    var screen = try Screen()
    screen.type("SSS")
    #expect(
      screen.rowIDs == [
        "AP-1", "PS-1", "1.1", "1.2", "AP-2", "IN-1", "PS-2", "2.1", "2.2", "1.3", "3.1", "CF-1",
        "2.3",
      ])
  }

  @Test("id: plan by plan in load order, ids in natural order; then back to file order")
  func byIDThenFile() throws {
    var screen = try Screen()
    screen.type("SSSS")
    #expect(
      screen.rowIDs == [
        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "AP-1", "AP-2", "CF-1", "IN-1", "PS-1",
        "PS-2",
      ])
    screen.type("S")
    #expect(screen.state.sort == .file)
    #expect(screen.state.message?.text == "In file order")
    #expect(!screen.grid.row(1).contains("sorted by"))
  }

  @Test("the selected action stays selected when the order changes")
  func keepsSelection() throws {
    var screen = try Screen()
    screen.type("jjjjjjj")
    #expect(screen.selectedID == "AP-1")
    screen.type("S")
    #expect(screen.selectedID == "AP-1")
    #expect(screen.state.table.selected == 2)
  }

  @Test("S means nothing outside the table")
  func onlyInTable() throws {
    var screen = try Screen()
    screen.type("1S")
    #expect(screen.state.sort == .file)
  }
}
