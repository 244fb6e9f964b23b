import Testing

@testable import BoardwalkCore

@Suite("Sorting the fixture's actions")
struct ActionOrderTests {
  let store = BoardFixture.store
  var all: [Int] { Array(store.actions.indices) }

  func sortedIDs(_ order: ActionOrder, _ indexes: [Int]? = nil) -> [String] {
    BoardFixture.ids(at: order.sorted(indexes ?? all, in: store))
  }

  @Test("file order is the order given")
  func file() {
    #expect(sortedIDs(.file, [5, 1, 9]) == ["2.10", "1.2", "A10"])
  }

  @Test("due: dates first, earliest first, then ongoing, tbc, and no date last")
  func due() {
    #expect(
      sortedIDs(.due) == [
        "A3",  // 2025-01 (31 January 2025)
        "3.1",  // 2025-12-31
        "PAP1:2", "PAP1:3",  // both 2026-01-10: file order
        "1.10",  // 2026-02 (28 February)
        "1.1", "1.2", "A1",  // 14, 15, 16 March
        "A2",  // 2026-03 (31 March)
        "A10", "PAP1:1",  // 14 and 15 April
        "2.1",  // ongoing
        "2.2",  // tbc
        "2.10",  // no date
      ])
  }

  @Test("status: red first, then amber, green, blue, grey, unrated last")
  func statusClasses() {
    let classes = status(order: all).map { store.rag(ofAction: $0) }
    #expect(
      classes == [
        .red, .red, .red, .amber, .amber, .green, .green, .green, .green, .blue, .blue, .grey,
        .unrated, .unrated,
      ])
  }

  func status(order indexes: [Int]) -> [Int] { ActionOrder.status.sorted(indexes, in: store) }

  @Test("status: equal levels keep file order")
  func statusTies() {
    let sorted = BoardFixture.ids(at: status(order: all))
    // Both blue actions are ragp's embedded; both unrated actions have no level.
    #expect(sorted.suffix(5) == ["2.2", "3.1", "2.1", "2.10", "A3"])
  }

  @Test("status: within a class, the scale's own order")
  func statusWithinScale() {
    let dca = RatingScale.dca
    let plan = Plan(id: "d", title: "D", scale: dca, areas: [Area(id: "A", title: "A")])
    let keys: [String?] = ["amber-green", nil, "amber-red", "green", "amber", "red"]
    var builder = PlanStore.Builder()
    builder.add(
      plan,
      actions: keys.enumerated().map { index, key in
        Action(
          id: "\(index)", area: 0, title: "t", status: key.map { FixtureScales.level($0, of: dca) })
      })
    let store = builder.build()
    let sorted = ActionOrder.status.sorted(Array(store.actions.indices), in: store)
    #expect(
      sorted.map { store.level(ofAction: $0)?.key ?? "unrated" } == [
        "red", "amber-red", "amber", "amber-green", "green", "unrated",
      ])
  }

  @Test("owner: by first owner ignoring case, no owner last, ties in file order")
  func owner() {
    #expect(
      sortedIDs(.owner) == [
        "2.10",  // Assistant Director Learning and Skills
        "A1", "A3",  // DfE SEND Adviser
        "2.2",  // Head of Inclusion
        "1.1", "3.1", "A2", "PAP1:1",  // Head of SEND
        "A10",  // ICB Director
        "1.10",  // Parent Carer Forum
        "PAP1:3",  // Preparing for Adulthood Lead
        "1.2", "PAP1:2",  // SEND Programme Manager
        "2.1",  // no owner
      ])
  }

  @Test("owner: case does not decide, file order does")
  func ownerCase() {
    let plan = Plan(id: "p", title: "P", areas: [Area(id: "A", title: "A")])
    var builder = PlanStore.Builder()
    builder.add(
      plan,
      actions: [
        Action(id: "1", area: 0, title: "t", owners: ["b"]),
        Action(id: "2", area: 0, title: "t"),
        Action(id: "3", area: 0, title: "t", owners: ["Lead"]),
        Action(id: "4", area: 0, title: "t", owners: ["lead"]),
        Action(id: "5", area: 0, title: "t", owners: ["A"]),
      ])
    let store = builder.build()
    let sorted = ActionOrder.owner.sorted(Array(store.actions.indices), in: store)
    #expect(sorted.map { store.actions[$0].id } == ["5", "1", "3", "4", "2"])
  }

  @Test("id: plan by plan, then ids in natural order")
  func id() {
    #expect(
      sortedIDs(.id, all.reversed()) == [
        "1.1", "1.2", "1.10", "2.1", "2.2", "2.10", "3.1", "A1", "A2", "A3", "A10", "PAP1:1",
        "PAP1:2", "PAP1:3",
      ])
  }

  @Test("sorting a filtered subset sorts only that subset")
  func subset() throws {
    let kept = try CompiledFilter(parsing: "status:red,amber", store: store)
      .matchingIndexes(in: store, today: BoardFixture.today)
    #expect(
      BoardFixture.ids(at: ActionOrder.due.sorted(kept, in: store)) == [
        "PAP1:3", "1.1", "1.2", "A1", "PAP1:1",
      ])
  }
}
