import BoardwalkCore
import BoardwalkMeeting
import Testing

@Suite("an agenda from a filter expression keeps only what matches, in the same order")
struct AgendaFilterTests {
  static func agenda(_ expression: String) throws -> [[Int]] {
    let store = AgendaBoard.store()
    let filter = try CompiledFilter(parsing: expression, store: store)
    return Agenda.build(store: store, today: AgendaBoard.today, filter: filter).sections.map {
      [$0.plan, $0.area] + $0.actions
    }
  }

  @Test("an exception-only board: status:red,amber")
  func exceptionsOnly() throws {
    #expect(
      try Self.agenda("status:red,amber") == [
        [0, 0, 1, 4, 10],
        [0, 2, 2],
        [0, 4, 7],
        [0, 3, 9],
        [1, 0, 12, 14, 13],
      ])
  }

  @Test("overdue actions only: red before the merely overdue")
  func overdueOnly() throws {
    #expect(try Self.agenda("due:overdue") == [[0, 0, 4, 3, 6]])
  }

  @Test("one plan without its red actions")
  func onePlanNegated() throws {
    #expect(try Self.agenda("plan:west -status:red") == [[1, 0, 13, 11]])
  }

  @Test("an area filter takes the area's own actions and those beneath it")
  func areaFilter() throws {
    // area:P1 keeps actions of P1, O1 and X, and e10 which links to P1 (listed under O2).
    #expect(
      try Self.agenda("area:P1") == [
        [0, 0, 1, 4, 10, 3, 6, 0, 5],
        [0, 2, 2],
        [0, 4, 7],
        [0, 3, 9],
      ])
  }

  @Test("a filter nothing matches gives an empty agenda")
  func nothingMatches() throws {
    #expect(try Self.agenda("owner:nobody").isEmpty)
  }
}
