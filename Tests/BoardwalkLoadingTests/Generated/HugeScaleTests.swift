import BoardwalkCore
import BoardwalkTestSupport
import Testing

/// Issue 10: a level's position is kept in 16 bits; a scale of 40,000 levels crashed every
/// loader. A scale has at most 100 levels: beyond that, an error at the 101st.
@Suite("a rating scale of thousands of levels is refused at its 101st, never a crash")
struct HugeScaleTests {
  /// A plan whose scale `huge` has `count` levels, one action on its last.
  static func plan(levels count: Int) -> String {
    let levels = (0..<count).map { #"{"key": "l\#($0)", "label": "Level \#($0)", "rag": "green"}"# }
    return #"""
      {"format": "boardwalk-plan/1", "plan": {"id": "huge", "title": "Huge", "scale": "huge"},
      "scales": {"huge": [\#(levels.joined(separator: ",\n"))]},
      "areas": [{"id": "A", "kind": "priority", "title": "A"}],
      "actions": [{"id": "A.1", "area": "A", "title": "On the last level", "status": "l\#(count - 1)"}]}
      """#
  }

  @Test("40,000 levels: one error, at the 101st level, saying how many are allowed")
  func fortyThousandLevels() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let path = try folder.write("huge.json", text: Self.plan(levels: 40_000))
    let outcome = PlanFileReader.read(path: path)
    #expect(outcome.plan == nil)
    let errors = outcome.diagnostics.filter(\.isError)
    let first = try #require(errors.first)
    #expect(first.pointer == "/scales/huge/100")
    // Level 0 is on line 2, so the 101st level (number 100) is on line 102.
    #expect(first.location?.line == 102)
    #expect(
      first.message
        == "scale \"huge\" has 40000 levels; a rating scale may have at most 100: merge levels, or rate in words in the updates"
    )
  }

  @Test("100 levels load, and the action on the last level is rated on it")
  func hundredLevels() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let result = PlanLoader.load(paths: [
      try folder.write("huge.json", text: Self.plan(levels: 100))
    ])
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.store.level(ofAction: 0)?.key == "l99")
  }
}
