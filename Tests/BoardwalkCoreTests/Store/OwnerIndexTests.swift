import Testing

@testable import BoardwalkCore

@Suite("The owner index: one list of postings, names sorted once, exact names found by bisection")
struct OwnerIndexTests {
  static let store: PlanStore = {
    var builder = PlanStore.Builder()
    builder.add(
      Plan(id: "p", title: "P", areas: [Area(id: "A", title: "A")]),
      actions: [
        Action(id: "1", area: 0, title: "T", owners: ["Zoë Lead", "head of SEND", "Head of SEND"]),
        Action(id: "2", area: 0, title: "T", owners: []),
        Action(id: "3", area: 0, title: "T", owners: ["Head of SEND", "Ann"]),
        Action(id: "4", area: 0, title: "T", owners: ["ann", "Zoë Lead", "ANN"]),
      ])
    return builder.build()
  }()

  @Test("owners differing only in case are one, shown as first written; named twice, once")
  func postings() {
    let owners = Self.store.owners
    #expect(owners.names == ["Zoë Lead", "head of SEND", "Ann"])
    #expect(Array(owners.actions(ofOwner: 0)) == [0, 3])
    #expect(Array(owners.actions(ofOwner: 1)) == [0, 2])
    #expect(Array(owners.actions(ofOwner: 2)) == [2, 3])
    #expect((0..<3).map(owners.actionCount(ofOwner:)) == [2, 2, 2])
  }

  @Test("names in folded order; an exact name found whatever its case; a part of a name too")
  func matching() {
    let owners = Self.store.owners
    #expect(owners.nameOrder.map { owners.names[Int($0)] } == ["Ann", "head of SEND", "Zoë Lead"])
    #expect(owners.owners(matching: "HEAD OF send", exact: true) == [1])
    #expect(owners.owners(matching: "zoë lead", exact: true) == [0])
    #expect(owners.owners(matching: "Head", exact: true).isEmpty)
    #expect(owners.owners(matching: "an", exact: false) == [2])
    #expect(owners.owners(matching: "e", exact: false) == [0, 1])
  }
}
