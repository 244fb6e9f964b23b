import BoardwalkCore
import Testing

@testable import BoardwalkMeeting

/// A long meeting over a large plan: every entry must cost what it touches (its item, a
/// lookup), never a walk through the whole record or plan. Minutes of 40,000 notes on
/// 100,000 actions once took three minutes; these are the same shapes, smaller.
@Suite("Long meetings over large plans: each entry and each minute costs a lookup")
struct LongMeetingTests {
  /// One plan of `count` actions, ids `A1.1`...; a third red, a third amber.
  static func store(actions count: Int) -> PlanStore {
    var builder = PlanStore.Builder()
    builder.add(
      Plan(id: "big", title: "Big", areas: [Area(id: "A1", title: "Area")]),
      actions: (1...count).map { number in
        Action(
          id: "A1.\(number)", area: 0, title: "Action \(number)", owners: ["Lead \(number % 7)"],
          status: number % 3 == 0 ? nil : number % 3 - 1)
      })
    return builder.build()
  }

  static func ref(_ number: Int) -> ActionRef { ActionRef(plan: "big", action: "A1.\(number)") }

  static let start = MeetingStart(plans: [], agenda: "", today: "2026-11-22")

  @Test("20,000 notes on 20,000 actions: each discussed once, in the order first noted")
  func manyItems() {
    var events: [MeetingEvent] = [.started(Self.start)]
    for number in 1...20_000 { events.append(.note(Self.ref(number), text: "noted")) }
    for number in stride(from: 1, through: 20_000, by: 1000) {
      events.append(.decision(Self.ref(number), text: "agreed"))
    }
    let record = MeetingRecord(entries: JournalLines.entries(events))
    #expect(record.discussed.count == 20_000)
    #expect(record.discussed.first == Self.ref(1) && record.discussed.last == Self.ref(20_000))
    #expect(record.wasDiscussed(Self.ref(12_345)) && !record.wasDiscussed(Self.ref(20_001)))
    #expect(record.item(Self.ref(1001)).entries.count == 2)
  }

  @Test("striking one entry among 10,000 on one item strikes exactly that one")
  func strikeAmongMany() {
    var events: [MeetingEvent] = [.started(Self.start)]
    for _ in 1...10_000 { events.append(.note(Self.ref(1), text: "again")) }
    events.append(.struck(sequence: 5_001))
    events.append(.struck(sequence: 99_999))  // no such entry: nothing happens
    let record = MeetingRecord(entries: JournalLines.entries(events))
    let entries = record.item(Self.ref(1)).entries
    #expect(entries.filter(\.isStruck).map(\.sequence) == [5_001])
    #expect(record.item(Self.ref(1)).liveEntries.count == 9_999)
  }

  @Test("a raised action is confidential as raised until the meeting marks it otherwise")
  func raisedConfidential() {
    let raised = RaisedAction(
      ref: Self.ref(900_001), area: "A1", title: "New", owners: [], due: nil, isConfidential: true)
    var events: [MeetingEvent] = [.started(Self.start), .actionRaised(raised)]
    #expect(MeetingRecord(entries: JournalLines.entries(events)).isMarkedConfidential(raised.ref))
    events.append(.confidential(raised.ref, false))
    #expect(!MeetingRecord(entries: JournalLines.entries(events)).isMarkedConfidential(raised.ref))
  }

  @Test("an action named in a journal is found by lookup, as a search of its plan would find it")
  func lookupMatchesSearch() {
    let store = Self.store(actions: 3000)
    for number in [1, 2, 1500, 3000] {
      let ref = Self.ref(number)
      #expect(MeetingOutcome.index(of: ref, in: store) == number - 1)
      #expect(
        MeetingOutcome.index(of: ActionRef(plan: "BIG", action: ref.action), in: store) == number
          - 1)
    }
    #expect(MeetingOutcome.index(of: ActionRef(plan: "big", action: "a1.1"), in: store) == nil)
    #expect(MeetingOutcome.index(of: ActionRef(plan: "other", action: "A1.1"), in: store) == nil)
  }

  @Test("minutes of 3,000 notes on a 15,000-action plan list every item, in order")
  func minutesOfManyNotes() {
    let store = Self.store(actions: 15_000)
    var events: [MeetingEvent] = [.started(Self.start)]
    for number in stride(from: 5, through: 15_000, by: 5) {
      events.append(.moved(Self.ref(number)))
      events.append(.note(Self.ref(number), text: "Discussed \(number)"))
    }
    let record = MeetingRecord(entries: JournalLines.entries(events))
    let markdown = MinutesWriter(
      record: record, store: store, today: CalendarDate(year: 2026, month: 11, day: 22)!
    ).markdown
    #expect(markdown.contains("### 1. A1.5: Action 5"))
    #expect(markdown.contains("### 3000. A1.15000: Action 15000"))
    #expect(markdown.components(separatedBy: "- Discussed: Discussed ").count == 3001)
  }
}
