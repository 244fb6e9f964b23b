import BoardwalkCore
import BoardwalkTestSupport
import Foundation
import Testing

@testable import BoardwalkMeeting

/// Issue 10: what the meeting leaves is what the minutes say and what apply writes, once,
/// whatever order it was said in.
@Suite("a meeting's outcome, read the same by the minutes and by apply")
struct MeetingOutcomeEdgeTests {
  static let h1 = ActionRef(plan: "harbour", action: "H1.9")
  static let raisedOpenly = RaisedAction(
    ref: h1, area: "H1", title: "CONFIDENTIAL-7Q names a family", owners: ["Head of SEND"],
    due: "2027-02", isConfidential: false)

  static func record(_ events: [MeetingEvent]) throws -> MeetingRecord {
    let start = try ApplyScene.start(
      harbour: FixtureFile.path("harbour.json"), moorland: FixtureFile.path("moorland.json"))
    return MeetingRecord(entries: JournalLines.entries([.started(start)] + events))
  }

  @Test("a meeting that only moved a due date leaves the plans with the new date")
  func onlyDueMoved() throws {
    let ref = ActionRef(plan: "harbour", action: "H1.2")
    let record = try Self.record([
      .dueChanged(ref, from: "2027-03", to: "2027-06", reason: "Contractor late")
    ])
    let store = try MeetingFixture.store()
    let outcome = MeetingOutcome.store(from: store, record: record)
    let index = try #require(MeetingOutcome.index(of: ref, in: outcome))
    #expect(outcome.actions[index].due?.written == "2027-06")
  }

  @Test(
    "a new action raised in public and then marked confidential: withheld from the public minutes, written confidential by apply"
  )
  func raisedThenMarkedConfidential() throws {
    let record = try Self.record([
      .actionRaised(Self.raisedOpenly), .confidential(Self.h1, true),
    ])
    #expect(record.raised.map(\.isConfidential) == [true])
    let store = try MeetingFixture.store()
    let minutes = MinutesWriter(
      record: record, store: store, today: MeetingFixture.today, visibility: .public
    ).markdown
    #expect(!minutes.contains("CONFIDENTIAL-7Q"))
    #expect(minutes.contains("1 confidential new action is not listed."))
    let patch = try #require(MeetingPatches.make(record: record, store: store)["harbour"])
    let written = try patch.applied(to: FixtureFile.bytes("harbour.json"), file: "harbour.json")
    let text = String(decoding: written, as: UTF8.self)
    let added = try #require(text.range(of: "\"id\": \"H1.9\""))
    let object = text[added.lowerBound...].prefix { $0 != "}" }
    #expect(object.contains("\"confidential\": true"), "\(object)")
  }

  @Test("raised in confidence and then unmarked: public, and written without the mark")
  func raisedThenUnmarked() throws {
    let record = try Self.record([
      .actionRaised(Self.raisedOpenly.marking(true)), .confidential(Self.h1, false),
    ])
    #expect(record.raised.map(\.isConfidential) == [false])
    let minutes = MinutesWriter(
      record: record, store: try MeetingFixture.store(), today: MeetingFixture.today,
      visibility: .public
    ).markdown
    #expect(minutes.contains("CONFIDENTIAL-7Q"))
  }

  @Test(
    "closed and reopened: the minutes say so once, the status is as before, apply closes nothing")
  func closedAndReopened() throws {
    let ref = ActionRef(plan: "harbour", action: "H1.1")
    let record = try Self.record([
      .closureProposed(ref, note: "Backlog cleared"), .closureConfirmed(ref),
      .closureReopened(ref),
    ])
    #expect(record.item(ref).closure == .none)
    let store = try MeetingFixture.store()
    let minutes = MinutesWriter(
      record: record, store: store, today: MeetingFixture.today, visibility: .full
    ).markdown
    #expect(minutes.contains("**Closure reopened** by the board: the action stays open."))
    #expect(minutes.components(separatedBy: "Status: ").count == 2, "one status line for H1.1")
    let patch = try #require(MeetingPatches.make(record: record, store: store)["harbour"])
    #expect(patch.changes["H1.1"]?.status == nil)
    #expect(
      patch.changes["H1.1"]?.update?.text
        == "Board meeting 2026-11-22: Closure proposed: Backlog cleared. Closure confirmed by the board. Closure reopened by the board: the action stays open."
    )
  }

  @Test(
    "a new action's id counts on without overflowing, however large the numbers in use",
    arguments: [
      (["A9223372036854775806"], "A9223372036854775807"),
      (["A9223372036854775807"], "H1-new-1"),
      (["A9223372036854775806", "A9223372036854775807"], "H1-new-1"),
      (["A99999999999999999999999"], "H1-new-1"),
    ])
  func newIDNearTheTop(_ ids: [String], _ expected: String) throws {
    let actions = ids.map { #"{"id": "\#($0)", "area": "H1", "title": "Big"}"# }
    let text = #"""
      {"format": "boardwalk-plan/1", "plan": {"id": "big", "title": "Big"},
      "areas": [{"id": "H1", "kind": "priority", "title": "H1"}],
      "actions": [\#(actions.joined(separator: ","))]}
      """#
    let folder = try ScratchFolder("meeting-ids")
    defer { folder.remove() }
    let store = try MeetingFixture.loadStore([try folder.write("big.json", text: text)])
    #expect(MeetingOutcome.newActionID(area: "H1", plan: 0, in: store, raised: []) == expected)
  }
}
