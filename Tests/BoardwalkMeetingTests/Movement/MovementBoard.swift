import BoardwalkCore
import BoardwalkMeeting

/// Hand-built plans for measuring movement: one plan `m` on the built-in `rag` scale
/// (0 red, 1 amber, 2 green, 3 complete: blue and done), one area, and actions with the
/// statuses and update histories each test gives.
enum MovementBoard {
  /// An action's id, current status and its updates as (date, status) pairs.
  struct Row {
    let id: String
    let status: Int?
    let updates: [(String, Int?)]

    init(_ id: String, _ status: Int?, updates: [(String, Int?)] = []) {
      self.id = id
      self.status = status
      self.updates = updates
    }
  }

  static func store(_ rows: [Row]) throws -> PlanStore {
    var builder = PlanStore.Builder()
    let actions = try rows.map { row in
      Action(
        id: row.id, area: 0, title: "Action \(row.id)", owners: ["Owner"], status: row.status,
        updates: try row.updates.map { date, status in
          ProgressUpdate(date: try PlanDate(parsing: date), status: status, text: "update")
        })
    }
    builder.add(
      Plan(id: "m", title: "Movement plan", areas: [Area(id: "A", title: "Area")]), actions: actions
    )
    return builder.build()
  }

  static func ref(_ id: String) -> ActionRef { ActionRef(plan: "m", action: id) }

  /// The record of a meeting that did these things.
  static func record(_ events: [MeetingEvent], previousMeeting: String? = nil) -> MeetingRecord {
    var all: [MeetingEvent] = [.started(MeetingStart(plans: [], agenda: "", today: "2026-11-22"))]
    if let previousMeeting {
      all.append(.details(MeetingDetailsChange(previousMeeting: previousMeeting)))
    }
    return MeetingRecord(entries: JournalLines.entries(all + events))
  }
}
