import BoardwalkCore
import Testing

@testable import BoardwalkMeeting

@Suite("movement since the previous meeting")
struct MovementTests {
  /// The trend of each action of `store` after the meeting in `record`, by id.
  static func trends(
    store: PlanStore, record: MeetingRecord, since: PlanStore? = nil,
    previousMeeting: String? = nil
  ) throws -> [String: Trend] {
    let outcome = MeetingOutcome.store(from: store, record: record)
    let movement = Movement(
      outcome: outcome, original: store, since: since,
      previousMeeting: try previousMeeting.map { try PlanDate(parsing: $0).date }, record: record)
    var result: [String: Trend] = [:]
    for (index, action) in outcome.actions.enumerated() {
      result[action.id] = movement.trend(ofAction: index)
    }
    return result
  }

  @Test("with --since: from each action's class in the earlier copy to its class now")
  func sinceStore() throws {
    let store = try MovementBoard.store([
      .init("a1", 1), .init("a2", 2), .init("a3", 1), .init("a4", 2), .init("a5", 2),
      .init("a6", 0, updates: [("2026-01-01", 2), ("2026-09-01", 0)]),
    ])
    let since = try MovementBoard.store([
      .init("a1", 0), .init("a2", 2), .init("a3", 1), .init("a5", nil), .init("a6", 0),
    ])
    // a2 was green in the earlier copy; the board makes it red today.
    let record = MovementBoard.record(
      [.statusChanged(MovementBoard.ref("a2"), from: "green", to: "red", reason: "slipped")],
      previousMeeting: "2026-09-20")
    let trends = try Self.trends(
      store: store, record: record, since: since, previousMeeting: "2026-09-20")
    #expect(
      trends == [
        "a1": .better,  // red then, amber now
        "a2": .worse,  // green then, red after the meeting
        "a3": .same,  // amber both
        "a4": .unknown,  // not in the earlier copy
        "a5": .unknown,  // unrated then
        "a6": .same,  // red both: --since wins over the previous meeting's history
      ])
  }

  @Test("with a previous meeting date: from the last status recorded on or before that day")
  func previousMeetingDate() throws {
    let store = try MovementBoard.store([
      .init("b1", 0, updates: [("2026-03-10", 1), ("2026-07-14", 0), ("2026-10-01", 0)]),
      .init("b2", 2, updates: [("2026-06-01", 0), ("2026-09-20", 1), ("2026-10-15", 2)]),
      .init("b3", 1, updates: [("2026-10-01", 1)]),
      .init("b4", 0, updates: [("2026-05-01", 2), ("2026-08-01", nil)]),
      .init("b5", 1, updates: [("2026-09-01", 0)]),
      .init("b6", 2, updates: [("2026-09-01", 2)]),
      .init("b7", 1),
      .init("b8", 1, updates: [("2026-09", 0)]),
    ])
    let record = MovementBoard.record(
      [
        .statusChanged(MovementBoard.ref("b5"), from: "amber", to: "green", reason: "done well"),
        .closureProposed(MovementBoard.ref("b6"), note: ""),
        .closureConfirmed(MovementBoard.ref("b6")),
      ], previousMeeting: "2026-09-20")
    let trends = try Self.trends(store: store, record: record, previousMeeting: "2026-09-20")
    #expect(
      trends == [
        "b1": .same,  // red on 14 Jul, red now
        "b2": .better,  // amber on 20 Sep itself, green now
        "b3": .unknown,  // nothing recorded by 20 Sep
        "b4": .worse,  // green on 1 May (1 Aug gave no status), red now
        "b5": .better,  // red on 1 Sep, green after the board's change
        "b6": .better,  // green on 1 Sep, closed (complete: blue) by the board
        "b7": .unknown,  // no history
        "b8": .unknown,  // 2026-09 means 30 Sep, after the previous meeting
      ])
  }

  @Test(
    "without either: from the plan's status before the board changed it, else the update before last"
  )
  func fallback() throws {
    let store = try MovementBoard.store([
      .init("c1", 1, updates: [("2026-01-01", 2), ("2026-02-01", 1)]),
      .init("c2", 2),
      .init("c3", 1, updates: [("2026-03-01", 0), ("2026-07-01", 1)]),
      .init("c4", 1),
      .init("c5", 0, updates: [("2026-01-01", 2), ("2026-04-01", 1), ("2026-08-01", 0)]),
      .init("c6", 1, updates: [("2026-01-01", 0), ("2026-02-01", nil), ("2026-03-01", 1)]),
    ])
    let record = MovementBoard.record([
      .statusChanged(MovementBoard.ref("c1"), from: "amber", to: "red", reason: "slipped"),
      .closureProposed(MovementBoard.ref("c2"), note: ""),
      .closureConfirmed(MovementBoard.ref("c2")),
    ])
    let trends = try Self.trends(store: store, record: record)
    #expect(
      trends == [
        "c1": .worse,  // amber in the plan, red after the board's change
        "c2": .better,  // green in the plan, closed (blue)
        "c3": .better,  // red, then amber
        "c4": .unknown,  // no history
        "c5": .worse,  // amber, then red
        "c6": .better,  // red, then amber (the update without a status is not a step)
      ])
  }

  @Test("the minutes say what movement is measured against")
  func basis() throws {
    let store = try MovementBoard.store([.init("a1", 1)])
    let record = MovementBoard.record([])
    func basis(since: PlanStore?, previous: CalendarDate?) -> String {
      Movement(
        outcome: store, original: store, since: since, previousMeeting: previous, record: record
      ).basis
    }
    let previous = CalendarDate(year: 2026, month: 9, day: 20)
    #expect(
      basis(since: store, previous: previous) == "the earlier copy of the plans given with --since")
    #expect(basis(since: nil, previous: previous) == "the previous meeting (20 Sep 2026)")
    #expect(basis(since: nil, previous: nil) == "each action's previous recorded status")
  }
}
