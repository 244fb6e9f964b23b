import BoardwalkCore
import BoardwalkTestSupport
import Testing

/// Files nested far deeper than any plan, generated into a temporary folder: the reader
/// must refuse them with a message, never overflow its stack.
@Suite("Deep nesting: refused past 256 levels with a message, never a stack overflow")
struct DeepNestingTests {
  private static let brackets = 100_000

  /// The start of a valid plan whose extension field `x-deep` is written next.
  private static let planOpening =
    #"{"format": "boardwalk-plan/1", "plan": {"id": "deep", "title": "Deep"}, "areas": [], "actions": [], "x-deep": "#

  private func read(_ text: String) throws -> PlanFileReader.Outcome {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    return PlanFileReader.read(path: try folder.write("deep.json", text: text))
  }

  @Test("a file of 100,000 opening brackets: not an object, and nested too deeply at the 257th")
  func hundredThousandBrackets() throws {
    let outcome = try read(String(repeating: "[", count: Self.brackets))
    #expect(outcome.plan == nil)
    let found = outcome.diagnostics
    #expect(found.count == 2, "\(found)")
    #expect(found.map(\.severity) == [.error, .error])
    #expect(found.map { $0.location?.description } == ["1:1", "1:257"])
    #expect(found.map(\.pointer) == ["", ""])
    #expect(
      found.first?.message == "expected an object for a plan file, found an array; write an object")
    #expect(found.last?.message.hasPrefix("nesting deeper than 256 levels") == true)
  }

  @Test("100,000 brackets in an extension field: the 256th of them is one level too many")
  func hundredThousandBracketsInAField() throws {
    let outcome = try read(Self.planOpening + String(repeating: "[", count: Self.brackets))
    #expect(outcome.plan == nil)
    let only = try #require(outcome.diagnostics.first)
    #expect(outcome.diagnostics.count == 1, "\(outcome.diagnostics)")
    // The plan's object is the first level, so the field's 256th bracket opens level 257.
    #expect(only.location == FileLocation(line: 1, column: Self.planOpening.count + 256))
    #expect(only.isError && only.pointer == "")
    #expect(only.message.hasPrefix("nesting deeper than 256 levels"))
  }

  @Test("100,000 nested objects: an unknown field, then nesting too deep at the 257th object")
  func hundredThousandObjects() throws {
    let outcome = try read(String(repeating: #"{"a":"#, count: Self.brackets))
    #expect(outcome.plan == nil)
    let found = outcome.diagnostics
    #expect(found.count == 2, "\(found)")
    #expect(found.map(\.severity) == [.warning, .error])
    // Each level is the five characters {"a": so the 257th brace is at column 5 * 256 + 1.
    #expect(found.map { $0.location?.description } == ["1:2", "1:1281"])
    #expect(found.map(\.pointer) == ["/a", ""])
    #expect(found.last?.message.hasPrefix("nesting deeper than 256 levels") == true)
  }

  @Test("256 levels in all load; 257 are refused at the bracket that opens the 257th")
  func theLimitIsExactly256() throws {
    func plan(fieldDepth: Int) -> String {
      Self.planOpening + String(repeating: "[", count: fieldDepth)
        + String(repeating: "]", count: fieldDepth) + "}\n"
    }
    let deepest = try read(plan(fieldDepth: 255))
    #expect(deepest.plan != nil)
    #expect(deepest.diagnostics.isEmpty, "\(deepest.diagnostics)")
    let tooDeep = try read(plan(fieldDepth: 256))
    #expect(tooDeep.plan == nil)
    #expect(tooDeep.diagnostics.count == 1, "\(tooDeep.diagnostics)")
    #expect(
      tooDeep.diagnostics.first?.location
        == FileLocation(line: 1, column: Self.planOpening.count + 256))
  }
}
