import Testing

@testable import BoardwalkCore

@Suite("PlanStore: plans, actions and lookups")
struct PlanStoreTests {
  let store = BoardFixture.store

  @Test("actions are held plan by plan in file order, each knowing its plan")
  func fileOrder() {
    #expect(
      store.actions.map(\.id) == [
        "1.1", "1.2", "1.10", "2.1", "2.2", "2.10", "3.1", "A1", "A2", "A10", "A3", "PAP1:1",
        "PAP1:2", "PAP1:3",
      ])
    #expect(store.plans.map(\.actionRange) == [0..<7, 7..<11, 11..<14])
    #expect(store.actions.map(\.plan) == [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2])
    #expect(store.plan(of: store.actions[8]).id == "dfe")
  }

  @Test("plans are found by id without regard to case")
  func planLookup() {
    #expect(store.planIndex(forID: "dfe") == 1)
    #expect(store.planIndex(forID: "OXON") == 2)
    #expect(store.planIndex(forID: "nowhere") == nil)
  }

  @Test("areas are found by id without regard to case")
  func areaLookup() {
    #expect(BoardFixture.hull.areaIndex(forID: "afi5") == 2)
    #expect(BoardFixture.dfe.areaIndex(forID: "AFI1") == 2)
    #expect(BoardFixture.hull.areaIndex(forID: "AFI9") == nil)
  }

  @Test("an area's descendants include the areas beneath it, and only those")
  func descendants() {
    #expect(BoardFixture.hull.areaAndDescendants(3) == [3, 4, 5])
    #expect(BoardFixture.hull.areaAndDescendants(4) == [4])
    #expect(BoardFixture.hull.areaAndDescendants(0) == [0])
  }

  @Test("owners are listed once each, as written, in order of first appearance")
  func owners() {
    #expect(
      store.owners.names == [
        "Head of SEND", "SEND Programme Manager", "Parent Carer Forum", "Head of Inclusion",
        "Assistant Director Learning and Skills", "DfE SEND Adviser", "ICB Director",
        "Preparing for Adulthood Lead",
      ])
    #expect(store.owners.actions(ofOwner: 0) == [0, 1, 6, 8, 11])
  }

  @Test("the empty store holds nothing and every filter keeps nothing")
  func empty() throws {
    #expect(PlanStore.empty.actions.isEmpty)
    #expect(PlanStore.empty.allActions.isEmpty)
    let filter = try CompiledFilter(parsing: "status:red", store: .empty)
    #expect(filter.matchingIndexes(in: .empty, today: BoardFixture.today).isEmpty)
  }
}
