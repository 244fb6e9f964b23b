import Testing

@testable import BoardwalkMeeting

@Suite("a meeting becomes one patch per plan it changed")
struct MeetingPatchesTests {
  static func change(
    status: String?, update: (String, String?, String)?, confidential: Bool = false
  )
    -> PlanPatch.ActionChange
  {
    var change = PlanPatch.ActionChange()
    change.status = status
    change.update = update.map { (date: $0.0, status: $0.1, text: $0.2) }
    change.markConfidential = confidential
    return change
  }

  @Test("the fixture meeting's changes, update texts and new actions")
  func fixtureMeeting() throws {
    let record = try MeetingFixture.record()
    let patches = MeetingPatches.make(record: record, store: try MeetingFixture.store())
    #expect(Set(patches.keys) == ["harbour", "moorland"])
    let day = "2026-11-22"
    let harbour = try #require(patches["harbour"])
    #expect(
      harbour.changes == [
        "H1.1": Self.change(
          status: "amber",
          update: (
            day, "amber",
            "Board meeting 2026-11-22: Backlog at ninety-five; two educational psychologists start in December. Decision: Fund locum psychologists until March 2027. Status changed from Red to Amber: Locums in post from 1 December."
          )),
        "H1.2": Self.change(
          status: "red",
          update: (
            day, "red",
            "Board meeting 2026-11-22: Transport procurement failed twice. Status changed from Amber to Red: No provider after two tenders."
          )),
        // The struck-out note is left out.
        "H1.3": Self.change(
          status: nil,
          update: (day, nil, "Board meeting 2026-11-22: Translations are with the printer.")),
        // Already confidential in its plan: not marked again.
        "H2.2": Self.change(
          status: nil,
          update: (
            day, nil,
            "Board meeting 2026-11-22: The provider has given notice on the placement. Decision: Director to report to the next meeting in private session."
          )),
      ])
    #expect(harbour.newActions.map(\.ref.action) == ["H1.4"])
    let moorland = try #require(patches["moorland"])
    #expect(
      moorland.changes == [
        "AP-1": Self.change(
          status: "some-concerns",
          update: (
            day, "some-concerns",
            "Board meeting 2026-11-22: Preferred bidder is under investigation by the fraud team. Status changed from Off track to Some concerns: Interim placements secured."
          ), confidential: true),
        // Closure confirmed: the scale's first done level.
        "CF-1": Self.change(
          status: "embedded",
          update: (
            day, "embedded",
            "Board meeting 2026-11-22: Closure proposed: Every enquiry answered within five days since August. Closure confirmed by the board."
          )),
        "IN-1": Self.change(
          status: nil,
          update: (
            day, nil, "Board meeting 2026-11-22: Closure proposed. Closure proposal withdrawn."
          )),
      ])
    #expect(moorland.newActions.map(\.ref.action) == ["AP-3"])
    #expect(moorland.newActions.first?.isConfidential == true)
  }

  @Test("a meeting that only moved between items changes nothing")
  func onlyMoved() throws {
    let record = MeetingRecord(
      entries: JournalLines.entries([
        .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")),
        .moved(ActionRef(plan: "harbour", action: "H1.1")),
      ]))
    #expect(MeetingPatches.make(record: record, store: try MeetingFixture.store()).isEmpty)
  }

  @Test("an action marked confidential and nothing else is only marked")
  func onlyConfidential() throws {
    let ref = ActionRef(plan: "harbour", action: "H1.3")
    let record = MeetingRecord(
      entries: JournalLines.entries([
        .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")),
        .confidential(ref, true),
      ]))
    let patches = MeetingPatches.make(record: record, store: try MeetingFixture.store())
    #expect(
      patches["harbour"]?.changes == [
        "H1.3": Self.change(status: nil, update: nil, confidential: true)
      ])
  }

  @Test("updates are dated the meeting's date when the details give one, else the day it started")
  func updateDate() throws {
    let ref = ActionRef(plan: "harbour", action: "H1.3")
    func date(_ details: [MeetingEvent]) throws -> String? {
      let record = MeetingRecord(
        entries: JournalLines.entries(
          [.started(MeetingStart(plans: [], agenda: "", today: "2026-11-22"))] + details + [
            .note(ref, text: "Noted")
          ]))
      return MeetingPatches.make(record: record, store: try MeetingFixture.store())["harbour"]?
        .changes["H1.3"]?.update?.date
    }
    #expect(try date([]) == "2026-11-22")
    #expect(try date([.details(MeetingDetailsChange(date: "2026-11-20"))]) == "2026-11-20")
  }
}
