import BoardwalkCore
import Testing

@testable import BoardwalkMeeting

/// `apply` writing a long meeting into a large plan file: every change found by its id, and
/// the file rebuilt in one pass (replacing each edit in place moved the rest of the file
/// every time: thousands of changes to a large file cost its size times theirs).
@Suite("Patching a large plan file with thousands of changes")
struct LargePatchTests {
  /// A plan file of `count` actions, one per line, every other one with a status.
  static func file(actions count: Int) -> [UInt8] {
    var text =
      #"{"format": "boardwalk-plan/1", "plan": {"id": "big", "title": "Big"}, "areas": [{"id": "A1", "title": "Area"}], "actions": ["#
    for number in 1...count {
      let status = number % 2 == 0 ? #", "status": "amber""# : ""
      text +=
        (number > 1 ? "," : "")
        + "\n    {\"id\": \"A1.\(number)\", \"area\": \"A1\", \"title\": \"Action \(number)\"\(status)}"
    }
    return Array((text + "\n  ]\n}\n").utf8)
  }

  @Test("3,000 status changes over a 12,000-action file: each lands on its own action")
  func manyChanges() throws {
    let bytes = Self.file(actions: 12_000)
    var patch = PlanPatch()
    for number in stride(from: 4, through: 12_000, by: 4) {
      var change = PlanPatch.ActionChange()
      change.status = number % 8 == 0 ? "red" : "green"
      patch.changes["A1.\(number)"] = change
    }
    let patched = try patch.applied(to: bytes, file: "big.json")
    let result = try #require(
      patched.withUnsafeBufferPointer { PlanFileReader.decode($0, file: "big.json").plan })
    #expect(result.actions.count == 12_000)
    let statuses = result.actions.map { $0.status.map { result.plan.scale.levels[$0].key } }
    for number in [1, 2, 4, 8, 11_996, 12_000] {
      let expected: String? =
        number % 8 == 0 ? "red" : number % 4 == 0 ? "green" : number % 2 == 0 ? "amber" : nil
      #expect(statuses[number - 1] == expected, "A1.\(number)")
    }
    #expect(statuses.filter { $0 == "red" }.count == 1500)
    #expect(statuses.filter { $0 == "green" }.count == 1500)
  }
}
