import BoardwalkCore
import Testing

/// Plans written the way programs write JSON (Python's `json.dump`, `JSON.stringify`): the
/// whole file on one line. Thousands of warnings on that one line once took half a minute
/// to locate; now they cost one walk through the file.
@Suite("Compact plans: one line, thousands of warnings, each at its own column")
struct CompactPlanTests {
  /// A compact plan of `count` actions, every third without an owner; with the column of
  /// each ownerless action's opening brace (characters, not bytes: titles hold é and 日本).
  static func plan(actions count: Int) -> (text: String, ownerless: [(id: String, column: Int)]) {
    var text =
      #"{"format": "boardwalk-plan/1", "plan": {"id": "compact", "title": "Compact"}, "areas": [{"id": "A1", "title": "Crèche places"}], "actions": ["#
    var column = text.unicodeScalars.count + 1
    var ownerless: [(String, Int)] = []
    for index in 0..<count {
      let owners = index % 3 == 0 ? "" : #", "owners": ["Head of SEND"]"#
      let action =
        (index > 0 ? ", " : "")
        + #"{"id": "A1.\#(index)", "area": "A1", "title": "Crèche places in 日本 \#(index)"\#(owners)}"#
      if index % 3 == 0 { ownerless.append(("A1.\(index)", column + (index > 0 ? 2 : 0))) }
      text += action
      column += action.unicodeScalars.count
    }
    return (text + "]}", ownerless)
  }

  private func load(_ text: String) throws -> PlanLoader.Result {
    try LoadedText.load(text, named: "compact.json")
  }

  @Test("5,000 actions on one line: a warning for each ownerless one, at line 1 and its brace")
  func everyWarningLocated() throws {
    let (text, ownerless) = Self.plan(actions: 5000)
    let result = try load(text)
    #expect(result.store.actions.count == 5000)
    #expect(!result.hasErrors)
    #expect(result.diagnostics.count == ownerless.count)
    for (diagnostic, expected) in zip(result.diagnostics, ownerless) {
      #expect(diagnostic.location == FileLocation(line: 1, column: expected.column))
      #expect(diagnostic.message.contains("\"\(expected.id)\" has no owner"))
    }
  }
}
