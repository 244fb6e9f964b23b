import Testing

@testable import BoardwalkCore

/// Issue 13: confidential actions can be found (and left out) in the one grammar.
@Suite("confidential:yes and confidential:no")
struct ConfidentialFilterTests {
  static let store: PlanStore = {
    var builder = PlanStore.Builder()
    builder.add(
      Plan(
        id: "quay", title: "Quay", scale: .rag,
        areas: [Area(id: "A", kind: .priority, title: "Area")]),
      actions: [
        Action(id: "A.1", area: 0, title: "Public", owners: ["Head of SEND"]),
        Action(id: "A.2", area: 0, title: "Exempt", owners: ["Head of SEND"], isConfidential: true),
        Action(id: "A.3", area: 0, title: "Public too", owners: []),
      ])
    return builder.build()
  }()

  static func ids(_ filter: String) throws -> [String] {
    try CompiledFilter(parsing: filter, store: store)
      .matchingIndexes(in: store, today: CalendarDate(year: 2026, month: 11, day: 22)!)
      .map { store.actions[$0].id }
  }

  @Test(
    "yes, no, negated, any case, and both",
    arguments: [
      ("confidential:yes", ["A.2"]), ("confidential:no", ["A.1", "A.3"]),
      ("-confidential:yes", ["A.1", "A.3"]), ("Confidential:YES", ["A.2"]),
      ("confidential:true", ["A.2"]), ("confidential:yes,no", ["A.1", "A.2", "A.3"]),
      ("confidential:no owner:~send", ["A.1"]),
    ])
  func filter(_ text: String, _ expected: [String]) throws {
    #expect(try Self.ids(text) == expected)
  }

  @Test("another value is an error at the value, saying what it takes")
  func badValue() {
    #expect {
      try Self.ids("status:red confidential:maybe")
    } throws: { error in
      guard let error = error as? FilterError else { return false }
      return error.position == 24 && error.message == "confidential: takes yes or no, not \"maybe\""
    }
  }

  @Test("its canonical form reads back the same")
  func canonical() throws {
    let expression = try FilterParser.parse("CONFIDENTIAL:no")
    #expect(expression.description == "confidential:no")
    #expect(try FilterParser.parse(expression.description) == expression)
  }
}
