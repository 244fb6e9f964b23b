import BoardwalkCore
import Testing

/// Areas whose parents form long chains or cycles. Checking them once cost the square of
/// the chain (8,000 deep: 44 seconds); every action also counts for every area above its
/// own, so nesting is limited to 16 levels and deeper chains are refused at one place.
@Suite("Area nesting: up to 16 levels load; deeper chains and cycles are refused where they are")
struct AreaNestingTests {
  /// A plan whose areas `A1`...`An` form a chain (each the parent of the next), with an
  /// action in the deepest; `extra` areas are added after them.
  static func chain(_ depth: Int, extra: String = "") -> String {
    let areas = (1...depth).map { level in
      level == 1
        ? #"{"id": "A1", "title": "Level 1"}"#
        : #"{"id": "A\#(level)", "title": "Level \#(level)", "parent": "A\#(level - 1)"}"#
    }
    return
      #"{"format": "boardwalk-plan/1", "plan": {"id": "nested", "title": "Nested"}, "areas": ["#
      + areas.joined(separator: ", ") + extra
      + #"], "actions": [{"id": "X1", "area": "A\#(depth)", "title": "Deepest", "owners": ["Lead"]}]}"#
  }

  private func load(_ text: String) throws -> PlanLoader.Result {
    try LoadedText.load(text, named: "nested.json")
  }

  @Test("16 levels load, and the deepest action counts for every area above it")
  func sixteenLevels() throws {
    let result = try load(Self.chain(16))
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect((0..<16).allSatisfy { result.store.actionsServing(plan: 0, area: $0) == [0] })
  }

  @Test("a 17th level is refused once, at its parent, naming the top of its chain")
  func seventeenLevels() throws {
    let text = Self.chain(17)
    let result = try load(text)
    let errors = result.diagnostics.filter(\.isError)
    #expect(errors.count == 1, "\(errors)")
    let error = try #require(errors.first)
    #expect(error.pointer == "/areas/16/parent")
    #expect(
      error.message
        == "area \"A17\" is nested 17 levels deep (A1 › … › A16 › A17); areas may be nested at most 16 levels deep: give it a parent nearer the top"
    )
    // At the parent's value: the column of "A16" in `"parent": "A16"` of the 17th area.
    let prefix = try #require(text.range(of: #""id": "A17", "title": "Level 17", "parent": "#))
    #expect(
      error.location
        == FileLocation(line: 1, column: text[..<prefix.upperBound].unicodeScalars.count + 1))
  }

  @Test("a chain 20,000 deep is refused with one error, not one per level")
  func twentyThousandLevels() throws {
    let result = try load(Self.chain(20_000))
    let errors = result.diagnostics.filter(\.isError)
    #expect(errors.count == 1)
    #expect(errors.first?.pointer == "/areas/16/parent")
    #expect(result.store.actions.isEmpty)
  }

  @Test("parents in one cycle of 5,000 areas: each is reported, once, as its own ancestor")
  func longCycle() throws {
    let count = 5000
    let areas = (1...count).map { level in
      #"{"id": "C\#(level)", "title": "C", "parent": "C\#(level == 1 ? count : level - 1)"}"#
    }
    let text =
      #"{"format": "boardwalk-plan/1", "plan": {"id": "cycle", "title": "Cycle"}, "areas": ["#
      + areas.joined(separator: ", ") + #"], "actions": []}"#
    let errors = try load(text).diagnostics.filter(\.isError)
    #expect(errors.count == count)
    #expect(errors.allSatisfy { $0.message.contains("is its own ancestor") })
    #expect(errors.first?.pointer == "/areas/0/parent")
  }

  @Test("an area beneath a cycle is not in it: only the cycle's areas are reported")
  func beneathACycle() throws {
    let extra =
      #", {"id": "B", "title": "B", "parent": "C"}, {"id": "C", "title": "C", "parent": "B"}, {"id": "D", "title": "D", "parent": "C"}"#
    let errors = try load(Self.chain(2, extra: extra)).diagnostics.filter(\.isError)
    #expect(errors.map(\.pointer) == ["/areas/2/parent", "/areas/3/parent"])
  }
}
