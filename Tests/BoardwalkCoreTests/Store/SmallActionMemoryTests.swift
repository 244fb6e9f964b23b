import Foundation
import Testing

@testable import BoardwalkCore

/// 100,000 small actions (about 300 bytes of JSON each) once took 4.9 times their JSON in
/// memory. What each action keeps is pinned here, so it stays small.
@Suite("A small action stays small: narrow fields, shared lists")
struct SmallActionMemoryTests {
  @Test("an action is at most 144 bytes (it was 192), whatever prose it has or lacks")
  func actionSize() {
    #expect(MemoryLayout<Action>.stride <= 144)
  }

  @Test("missing prose reads as nil; present prose, even empty, as itself")
  func absentProse() {
    let bare = Action(id: "A1", area: 3, title: "Title", status: 2)
    #expect(bare.objective == nil && bare.dueText == nil && bare.outcomes == nil)
    #expect(bare.measures == nil && bare.evidence == nil)
    #expect(bare.area == 3 && bare.status == 2 && bare.plan == 0)
    let full = Action(id: "A2", area: 0, title: "T", objective: "", dueText: "End of May")
    #expect(full.objective == "" && full.dueText == "End of May")
    #expect(Action(id: "A3", area: 0, title: "T").status == nil)
  }

  @Test("actions with the same one owner, or the same one source, share one list")
  func sharedLists() throws {
    var text =
      #"{"format": "boardwalk-plan/1", "plan": {"id": "p", "title": "P"}, "areas": [{"id": "A", "title": "A"}], "actions": ["#
    text += (1...200).map { number in
      #"{"id": "A.\#(number)", "area": "A", "title": "T", "owners": ["Lead \#(number % 2)"], "sources": ["SEF"]}"#
    }.joined(separator: ", ")
    text += "]}"
    let bytes = Array(text.utf8)
    let plan = try #require(
      bytes.withUnsafeBufferPointer { PlanFileReader.decode($0, file: "p.json").plan })
    func storage(_ list: [String]) -> UnsafeRawPointer? {
      list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
    let ownerLists = Set(plan.actions.compactMap { storage($0.owners) })
    let sourceLists = Set(plan.actions.compactMap { storage($0.sources) })
    #expect(ownerLists.count == 2)
    #expect(sourceLists.count == 1)
    #expect(plan.actions[0].owners == ["Lead 1"])
  }
}
