import Testing

@testable import BoardwalkCore

/// A level as docs/plan-format.md's table of built-in scales gives it.
struct ExpectedLevel: Sendable, CustomStringConvertible {
  let key: String
  let rag: RAGClass
  let isDone: Bool

  init(_ key: String, _ rag: RAGClass, done: Bool = false) {
    self.key = key
    self.rag = rag
    self.isDone = done
  }

  var description: String { "\(key): \(rag)\(isDone ? " (done)" : "")" }
}

@Suite("Built-in rating scales, as docs/plan-format.md gives them")
struct BuiltInScaleTests {
  static func levels(of scale: RatingScale) -> [String] {
    scale.levels.map { "\($0.key): \($0.rag)\($0.isDone ? " (done)" : "")" }
  }

  @Test("rag: red, amber, green, and complete (blue, done)")
  func rag() {
    let expected = [
      ExpectedLevel("red", .red), ExpectedLevel("amber", .amber), ExpectedLevel("green", .green),
      ExpectedLevel("complete", .blue, done: true),
    ]
    #expect(Self.levels(of: .rag) == expected.map(\.description))
    #expect(RatingScale.rag.name == "rag")
  }

  @Test("brag: red, amber, green (done), blue (done)")
  func brag() {
    let expected = [
      ExpectedLevel("red", .red), ExpectedLevel("amber", .amber),
      ExpectedLevel("green", .green, done: true), ExpectedLevel("blue", .blue, done: true),
    ]
    #expect(Self.levels(of: .brag) == expected.map(\.description))
  }

  @Test("brag carries Oxfordshire's definitions")
  func bragDefinitions() {
    let definitions = RatingScale.brag.levels.map { $0.definition?.lowercased() }
    #expect(
      definitions == [
        "actions delayed and impact not being delivered",
        "actions on track and expected impact on track",
        "action completed and early evidence of impact",
        "change is embedded, sustainable and ongoing evidence of impact",
      ])
  }

  @Test("dca: amber-red is class red, amber-green class green, and nothing is done")
  func dca() {
    let expected = [
      ExpectedLevel("red", .red), ExpectedLevel("amber-red", .red), ExpectedLevel("amber", .amber),
      ExpectedLevel("amber-green", .green), ExpectedLevel("green", .green),
    ]
    #expect(Self.levels(of: .dca) == expected.map(\.description))
  }

  @Test("the built-in scales are found by name in any case", arguments: ["rag", "brag", "dca"])
  func byName(name: String) throws {
    #expect(try #require(RatingScale.builtIn(named: name)).name == name)
    #expect(try #require(RatingScale.builtIn(named: name.uppercased())).name == name)
  }

  @Test("no other scale is built in")
  func onlyThree() {
    #expect(RatingScale.builtIn.map(\.name) == ["rag", "brag", "dca"])
    #expect(RatingScale.builtIn(named: "ragp") == nil)
  }

  @Test("level keys are compared without regard to case")
  func keysIgnoreCase() {
    #expect(RatingScale.dca.levelIndex(forKey: "AMBER-RED") == 1)
    #expect(RatingScale.dca.levelIndex(forKey: "Amber-Green") == 3)
    #expect(RatingScale.rag.levelIndex(forKey: "Complete") == 3)
    #expect(RatingScale.rag.levelIndex(forKey: "blue") == nil)
  }
}
