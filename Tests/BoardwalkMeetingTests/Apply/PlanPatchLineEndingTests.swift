import BoardwalkCore
import Testing

@testable import BoardwalkMeeting

@Suite("a plan patch keeps a file's line endings and byte order mark")
struct PlanPatchLineEndingTests {
  static func bareLineFeeds(_ text: String) -> Int {
    let bytes = Array(text.utf8)
    return bytes.indices.filter { bytes[$0] == 0x0A && ($0 == 0 || bytes[$0 - 1] != 0x0D) }.count
  }

  static func patch() -> PlanPatch {
    var patch = PlanPatch()
    var first = PlanPatch.ActionChange()
    first.status = "red"
    first.update = (date: "2026-11-22", status: "red", text: "Slipped.")
    var second = PlanPatch.ActionChange()
    second.status = "green"
    second.markConfidential = true
    second.update = (date: "2026-11-22", status: "green", text: "Fixed.")
    var third = PlanPatch.ActionChange()
    third.update = (date: "2026-11-22", status: nil, text: "Noted.")
    patch.changes = ["1": first, "2": second, "3": third]
    patch.newActions = [
      RaisedAction(
        ref: ActionRef(plan: "p", action: "4"), area: "A", title: "New", owners: ["Q"], due: nil)
    ]
    return patch
  }

  @Test("a CRLF file gets CRLF in everything added, and stays valid")
  func crlf() throws {
    let bytes = try Self.patch().applied(to: Array(PatchablePlan.crlf.utf8), file: "p.json")
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(Self.bareLineFeeds(text) == 0, "\(text)")
    let decoded = bytes.withUnsafeBufferPointer { PlanFileReader.decode($0, file: "p.json") }
    #expect(decoded.plan?.actions.map(\.status) == [0, 2, nil, nil])
  }

  @Test("a CRLF file's status is replaced in place, every other byte as it was")
  func crlfReplaceOnly() throws {
    var patch = PlanPatch()
    var change = PlanPatch.ActionChange()
    change.status = "green"
    patch.changes = ["1": change]
    let bytes = try patch.applied(to: Array(PatchablePlan.crlf.utf8), file: "p.json")
    let expected = try PatchablePlan.replacing(
      #""status": "amber""#, with: #""status": "green""#, in: PatchablePlan.crlf)
    #expect(bytes == Array(expected.utf8))
  }

  @Test("a file starting with a byte order mark keeps it, and every byte not edited")
  func byteOrderMark() throws {
    var patch = PlanPatch()
    var change = PlanPatch.ActionChange()
    change.status = "green"
    change.markConfidential = true
    patch.changes = ["1": change]
    let original = [0xEF, 0xBB, 0xBF] + Array(PatchablePlan.text.utf8)
    let bytes = try patch.applied(to: original, file: "p.json")
    var expected = try PatchablePlan.replacing(#""status": "amber""#, with: #""status": "green""#)
    expected = try PatchablePlan.replacing(
      #""confidential": false"#, with: #""confidential": true"#, in: expected)
    #expect(bytes == [0xEF, 0xBB, 0xBF] + Array(expected.utf8))
  }

  @Test("a file starting with a byte order mark gets a new field in the right place")
  func byteOrderMarkInsert() throws {
    var patch = PlanPatch()
    var change = PlanPatch.ActionChange()
    change.status = "red"
    patch.changes = ["2": change]
    let original = [0xEF, 0xBB, 0xBF] + Array(PatchablePlan.text.utf8)
    let bytes = try patch.applied(to: original, file: "p.json")
    let expected = try PatchablePlan.replacing(
      "{\n      \"id\": \"2\",", with: "{\n      \"status\": \"red\",\n      \"id\": \"2\",")
    #expect(bytes == [0xEF, 0xBB, 0xBF] + Array(expected.utf8))
  }

  @Test("a plan written on one line stays valid when fields are added")
  func minified() throws {
    let text =
      #"{"format":"boardwalk-plan/1","plan":{"id":"p","title":"T"},"areas":[{"id":"A","title":"A"}],"actions":[{"id":"1","area":"A","title":"One","updates":[]}]}"#
    var patch = PlanPatch()
    var change = PlanPatch.ActionChange()
    change.status = "amber"
    change.markConfidential = true
    change.update = (date: "2026-11-22", status: "amber", text: "Noted.")
    patch.changes = ["1": change]
    patch.newActions = [
      RaisedAction(
        ref: ActionRef(plan: "p", action: "2"), area: "A", title: "Two", owners: [], due: nil)
    ]
    let bytes = try patch.applied(to: Array(text.utf8), file: "p.json")
    let decoded = bytes.withUnsafeBufferPointer { PlanFileReader.decode($0, file: "p.json") }
    let plan = try #require(decoded.plan, "\(String(decoding: bytes, as: UTF8.self))")
    #expect(plan.actions.map(\.id) == ["1", "2"])
    #expect(plan.actions.first?.status == 1)
    #expect(plan.actions.first?.isConfidential == true)
    #expect(plan.actions.first?.updates.count == 1)
  }
}
