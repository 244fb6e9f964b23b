import Testing

@testable import BoardwalkCore

@Suite("An action's RAG class and done flag come from its plan's scale")
struct ActionRatingTests {
  static func plan(_ scale: RatingScale) -> Plan {
    Plan(id: "p", title: "P", scale: scale, areas: [Area(id: "A", title: "A")])
  }

  @Test(
    "class and done for each built-in level",
    arguments: [
      ("rag", "red", RAGClass.red, false), ("rag", "amber", .amber, false),
      ("rag", "green", .green, false), ("rag", "complete", .blue, true),
      ("brag", "red", .red, false), ("brag", "amber", .amber, false),
      ("brag", "green", .green, true), ("brag", "blue", .blue, true),
      ("dca", "red", .red, false), ("dca", "amber-red", .red, false),
      ("dca", "amber", .amber, false), ("dca", "amber-green", .green, false),
      ("dca", "green", .green, false),
    ])
  func level(scaleName: String, key: String, rag: RAGClass, isDone: Bool) throws {
    let scale = try #require(RatingScale.builtIn(named: scaleName))
    let plan = Self.plan(scale)
    let action = Action(id: "1", area: 0, title: "t", status: scale.levelIndex(forKey: key))
    #expect(plan.rag(of: action) == rag)
    #expect(plan.isDone(action) == isDone)

    var builder = PlanStore.Builder()
    builder.add(plan, actions: [action])
    let store = builder.build()
    #expect(store.rag(ofAction: 0) == rag)
    #expect(store.isDone(action: 0) == isDone)
    #expect(store.level(ofAction: 0)?.key == key)
  }

  @Test("an action without status is unrated and not done")
  func unrated() {
    let plan = Self.plan(.brag)
    let action = Action(id: "1", area: 0, title: "t")
    #expect(plan.rag(of: action) == .unrated)
    #expect(!plan.isDone(action))
    #expect(plan.level(of: action) == nil)
  }

  @Test("a custom scale's own done level is done")
  func customDone() {
    let plan = Self.plan(FixtureScales.ragp)
    let embedded = Action(id: "1", area: 0, title: "t", status: 4)
    let offTrack = Action(id: "2", area: 0, title: "t", status: 3)
    #expect(plan.isDone(embedded))
    #expect(plan.rag(of: embedded) == .blue)
    #expect(!plan.isDone(offTrack))
    #expect(plan.rag(of: offTrack) == .red)
  }

  @Test("RAG classes in triage order: red first, unrated last")
  func triageOrder() {
    #expect(RAGClass.allCases == [.red, .amber, .green, .blue, .grey, .unrated])
    #expect(RAGClass.red < .amber)
    #expect(RAGClass.grey < .unrated)
    #expect(RAGClass.ratable == [.red, .amber, .green, .blue, .grey])
  }
}
