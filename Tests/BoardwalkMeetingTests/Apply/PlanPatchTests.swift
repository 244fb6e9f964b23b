import BoardwalkCore
import Testing

@testable import BoardwalkMeeting

@Suite("a plan patch edits only what it must, in place")
struct PlanPatchTests {
  static func patch(_ changes: [String: PlanPatch.ActionChange], new: [RaisedAction] = [])
    -> PlanPatch
  {
    var patch = PlanPatch()
    patch.changes = changes
    patch.newActions = new
    return patch
  }

  static func change(
    status: String? = nil, update: (String, String?, String)? = nil, confidential: Bool = false
  ) -> PlanPatch.ActionChange {
    var change = PlanPatch.ActionChange()
    change.status = status
    change.update = update.map { (date: $0.0, status: $0.1, text: $0.2) }
    change.markConfidential = confidential
    return change
  }

  static func applied(_ patch: PlanPatch, to text: String = PatchablePlan.text) throws -> String {
    let bytes = try patch.applied(to: Array(text.utf8), file: "p.json")
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test("an existing status is replaced where it stands")
  func replaceStatus() throws {
    let result = try Self.applied(Self.patch(["1": Self.change(status: "red")]))
    #expect(
      result == (try PatchablePlan.replacing(#""status": "amber""#, with: #""status": "red""#)))
  }

  @Test("a missing status is added as the action's first field, indented like the others")
  func insertStatus() throws {
    let result = try Self.applied(Self.patch(["2": Self.change(status: "green")]))
    let expected = try PatchablePlan.replacing(
      "{\n      \"id\": \"2\",", with: "{\n      \"status\": \"green\",\n      \"id\": \"2\",")
    #expect(result == expected)
  }

  @Test("an update joins the end of a non-empty updates array")
  func appendUpdate() throws {
    let result = try Self.applied(
      Self.patch(["1": Self.change(update: ("2026-11-22", "red", "Board meeting: slipped."))]))
    let first = #"{ "date": "2026-01-01", "status": "red", "text": "first" }"#
    let expected = try PatchablePlan.replacing(
      first,
      with: first
        + ",\n        {\"date\": \"2026-11-22\", \"status\": \"red\", \"text\": \"Board meeting: slipped.\"}"
    )
    #expect(result == expected)
  }

  @Test("an update fills an empty updates array")
  func fillEmptyUpdates() throws {
    let result = try Self.applied(
      Self.patch(["3": Self.change(update: ("2026-11-22", nil, "Noted."))]))
    let expected = try PatchablePlan.replacing(
      #""updates": []"#,
      with: "\"updates\": [\n        {\"date\": \"2026-11-22\", \"text\": \"Noted.\"}\n      ]")
    #expect(result == expected)
  }

  @Test("an action without updates gets an updates array holding the update")
  func insertUpdates() throws {
    let result = try Self.applied(
      Self.patch(["2": Self.change(update: ("2026-11-22", nil, "Noted."))]))
    let expected = try PatchablePlan.replacing(
      "{\n      \"id\": \"2\",",
      with:
        "{\n      \"updates\": [{\"date\": \"2026-11-22\", \"text\": \"Noted.\"}],\n      \"id\": \"2\","
    )
    #expect(result == expected)
  }

  @Test("a due date moved replaces the due and the source's words for the old one, in place")
  func replaceDue() throws {
    let plan = try PatchablePlan.replacing(
      #""owners": ["X"],"#,
      with: #""owners": ["X"], "due": "2026-09-30", "dueText": "end of Sept","#)
    var change = PlanPatch.ActionChange()
    change.due = "2027-02"
    let result = try Self.applied(Self.patch(["1": change]), to: plan)
    #expect(
      result
        == (try PatchablePlan.replacing(
          #""due": "2026-09-30", "dueText": "end of Sept""#,
          with: #""due": "2027-02", "dueText": "2027-02""#, in: plan)))
  }

  @Test("a due date given where there was none is added as the action's first field")
  func insertDue() throws {
    var change = PlanPatch.ActionChange()
    change.due = "ongoing"
    let result = try Self.applied(Self.patch(["2": change]))
    #expect(
      result
        == (try PatchablePlan.replacing(
          "{\n      \"id\": \"2\",", with: "{\n      \"due\": \"ongoing\",\n      \"id\": \"2\",")))
  }

  @Test("confidential: false becomes true in place; a missing one is added")
  func confidential() throws {
    let present = try Self.applied(Self.patch(["1": Self.change(confidential: true)]))
    #expect(
      present
        == (try PatchablePlan.replacing(#""confidential": false"#, with: #""confidential": true"#)))
    let absent = try Self.applied(Self.patch(["2": Self.change(confidential: true)]))
    #expect(
      absent
        == (try PatchablePlan.replacing(
          "{\n      \"id\": \"2\",", with: "{\n      \"confidential\": true,\n      \"id\": \"2\","))
    )
  }

  @Test("status, confidential and an update together on an action that had none of them")
  func allOnBareAction() throws {
    let result = try Self.applied(
      Self.patch([
        "2": Self.change(
          status: "red", update: ("2026-11-22", "red", "Slipped."), confidential: true)
      ]))
    let expected = try PatchablePlan.replacing(
      "{\n      \"id\": \"2\",",
      with: "{\n      \"status\": \"red\",\n      \"confidential\": true,\n"
        + "      \"updates\": [{\"date\": \"2026-11-22\", \"status\": \"red\", \"text\": \"Slipped.\"}],\n"
        + "      \"id\": \"2\",")
    #expect(result == expected)
  }

  @Test("a raised action joins the end of the actions array, written like the others")
  func newAction() throws {
    let raised = RaisedAction(
      ref: ActionRef(plan: "p", action: "4"), area: "A", title: "New \"quoted\" action",
      owners: ["Q", "R"], due: "2027-02", isConfidential: true)
    let result = try Self.applied(Self.patch([:], new: [raised]))
    let last = "\"owners\": [\"Z\"], \"updates\": []\n    }"
    let expected = try PatchablePlan.replacing(
      last,
      with: last
        + ",\n    {\n      \"id\": \"4\",\n      \"area\": \"A\",\n      \"title\": \"New \\\"quoted\\\" action\","
        + "\n      \"owners\": [\"Q\",\"R\"],\n      \"due\": \"2027-02\",\n      \"confidential\": true\n    }"
    )
    #expect(result == expected)
  }

  @Test("a raised action without owners or due has neither field")
  func newActionMinimal() throws {
    let raised = RaisedAction(
      ref: ActionRef(plan: "p", action: "5"), area: "A", title: "Bare", owners: [], due: nil)
    let result = try Self.applied(Self.patch([:], new: [raised]))
    let last = "\"owners\": [\"Z\"], \"updates\": []\n    }"
    let expected = try PatchablePlan.replacing(
      last,
      with: last
        + ",\n    {\n      \"id\": \"5\",\n      \"area\": \"A\",\n      \"title\": \"Bare\"\n    }"
    )
    #expect(result == expected)
  }

  @Test("two raised actions are written in the order they were raised")
  func twoNewActionsInOrder() throws {
    let first = RaisedAction(
      ref: ActionRef(plan: "p", action: "4"), area: "A", title: "First", owners: [], due: nil)
    let second = RaisedAction(
      ref: ActionRef(plan: "p", action: "5"), area: "A", title: "Second", owners: [], due: nil)
    let result = try Self.applied(Self.patch([:], new: [first, second]))
    let last = "\"owners\": [\"Z\"], \"updates\": []\n    }"
    let expected = try PatchablePlan.replacing(
      last,
      with: last
        + ",\n    {\n      \"id\": \"4\",\n      \"area\": \"A\",\n      \"title\": \"First\"\n    }"
        + ",\n    {\n      \"id\": \"5\",\n      \"area\": \"A\",\n      \"title\": \"Second\"\n    }"
    )
    #expect(result == expected)
  }

  @Test("raised actions fill a plan whose actions array is empty, and the plan stays valid")
  func newActionsIntoEmptyPlan() throws {
    let empty = """
      {
        "format": "boardwalk-plan/1",
        "plan": { "id": "e", "title": "Empty plan" },
        "areas": [ { "id": "A", "title": "Area A" } ],
        "actions": []
      }

      """
    let first = RaisedAction(
      ref: ActionRef(plan: "e", action: "1"), area: "A", title: "First", owners: [], due: nil)
    let second = RaisedAction(
      ref: ActionRef(plan: "e", action: "2"), area: "A", title: "Second", owners: [], due: nil)
    let result = try Self.applied(Self.patch([:], new: [first, second]), to: empty)
    let decoded = Array(result.utf8).withUnsafeBufferPointer {
      PlanFileReader.decode($0, file: "e.json")
    }
    let plan = try #require(decoded.plan, "\(result)")
    #expect(plan.actions.map(\.id) == ["1", "2"])
  }

  @Test("every change at once leaves the plan valid, with what the patch said")
  func resultIsValid() throws {
    let raised = RaisedAction(
      ref: ActionRef(plan: "p", action: "4"), area: "A", title: "New", owners: ["Q"], due: "tbc")
    let result = try Self.applied(
      Self.patch(
        [
          "1": Self.change(
            status: "green", update: ("2026-11-22", "green", "Done."), confidential: true),
          "2": Self.change(
            status: "red", update: ("2026-11-22", "red", "Slipped."), confidential: true),
          "3": Self.change(update: ("2026-11-22", nil, "Noted.")),
        ], new: [raised]))
    let decoded = Array(result.utf8).withUnsafeBufferPointer {
      PlanFileReader.decode($0, file: "p.json")
    }
    #expect(decoded.diagnostics.filter(\.isError).isEmpty, "\(decoded.diagnostics)")
    let actions = try #require(decoded.plan).actions
    #expect(actions.map(\.id) == ["1", "2", "3", "4"])
    #expect(actions.map(\.status) == [2, 0, nil, nil])
    #expect(actions.map(\.isConfidential) == [true, true, false, false])
    #expect(actions.map(\.updates.count) == [2, 1, 1, 0])
    #expect(actions[2].updates.first?.text == "Noted.")
  }

  @Test("an action the plan no longer has is an error naming it")
  func missingAction() {
    #expect(throws: ApplyError("p.json: action 9 is no longer in the plan")) {
      try Self.applied(Self.patch(["9": Self.change(status: "red")]))
    }
  }

  @Test("a file that is not a valid plan is refused")
  func invalidFile() {
    #expect(throws: ApplyError.self) {
      try Self.applied(Self.patch(["1": Self.change(status: "red")]), to: "{ \"format\": ")
    }
  }
}
