import Testing

@testable import BoardwalkCore

@Suite("Terms together: every term must hold; results in file order")
struct CombinedFilterTests {
  @Test(
    "the documented examples and more",
    arguments: [
      ("", BoardFixture.store.actions.map(\.id)),
      ("status:red,amber area:AFI4", ["1.1", "A1"]),
      ("owner:\"Head of SEND\" due:overdue", ["1.1"]),
      ("due:30d status:open", ["1.2", "A1", "A2", "A10"]),
      ("\"local offer\" -status:done", ["1.1", "A10"]),
      ("plan:dfe -status:red", ["A2", "A10", "A3"]),
      ("owner:~send -area:AFI4 status:open", ["1.2", "A3", "PAP1:1"]),
      ("-status:done due:30d", ["1.2", "A1", "A2", "A10"]),
      ("status:green -status:done", ["1.10", "A2", "A10"]),
      ("due:overdue status:unrated", ["A3"]),
      ("due:overdue -plan:hull", ["A3", "PAP1:3"]),
      ("area:AFI4 area:SP1", ["1.1"]),
      ("owner:~send owner:~icb", ["A2"]),
      ("status:red status:amber", []),
      ("-owner:~send -due:none status:open", ["1.10", "A10", "PAP1:3"]),
      ("local -website", ["A10"]),
      ("plan:nowhere -status:done", []),
    ])
  func combined(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }

  @Test("evaluation within candidates keeps only candidates")
  func withinCandidates() throws {
    let store = BoardFixture.store
    let filter = try CompiledFilter(parsing: "-status:done", store: store)
    let candidates = ActionSet(capacity: store.actions.count, indexes: [2, 4, 12, 13])
    let result = filter.evaluate(in: store, today: BoardFixture.today, within: candidates)
    #expect(Array(result) == [2, 13])
  }
}
