import BoardwalkCore

/// Two hand-built plans for the agenda, judged on 2026-11-22.
///
/// east (built-in `rag` scale); areas in file order P1, P2, O1 (under P1), O2 (under P2),
/// X (under O1):
///
///     index  id   area  status    due         needs the board because
///     0      e1   P1    green     2027-01-01  -
///     1      e2   P1    red       -           red
///     2      e3   O1    amber     -           amber
///     3      e4   P1    unrated   2026-10-01  overdue
///     4      e5   P1    red       2026-01-01  red (and overdue)
///     5      e6   P1    complete  2026-01-01  - (done, so not overdue)
///     6      e7   P1    green     2026-11-21  overdue
///     7      e8   X     amber     -           amber
///     8      e9   P2    green     2026-11-22  - (due today is not overdue)
///     9      e10  O2    amber     -           amber (links to P1, listed under O2 only)
///     10     e11  P1    amber     -           amber
///
/// west (built-in `dca` scale, where amber-red is red and amber-green is green); areas W1, W2:
///
///     11     w1   W1    amber-green  -        -
///     12     w2   W1    amber-red    -        red
///     13     w3   W1    amber        -        amber
///     14     w4   W1    red          -        red
enum AgendaBoard {
  static let today = CalendarDate(year: 2026, month: 11, day: 22)!

  static func store() -> PlanStore {
    var builder = PlanStore.Builder()
    let east = Plan(
      id: "east", title: "East plan", scale: .rag,
      areas: [
        Area(id: "P1", title: "Priority one"), Area(id: "P2", title: "Priority two"),
        Area(id: "O1", title: "Objective under P1", parent: 0),
        Area(id: "O2", title: "Objective under P2", parent: 1),
        Area(id: "X", title: "Under O1", parent: 2),
      ])
    builder.add(
      east,
      actions: [
        action("e1", area: 0, status: 2, due: "2027-01-01"),
        action("e2", area: 0, status: 0),
        action("e3", area: 2, status: 1),
        action("e4", area: 0, status: nil, due: "2026-10-01"),
        action("e5", area: 0, status: 0, due: "2026-01-01"),
        action("e6", area: 0, status: 3, due: "2026-01-01"),
        action("e7", area: 0, status: 2, due: "2026-11-21"),
        action("e8", area: 4, status: 1),
        action("e9", area: 1, status: 2, due: "2026-11-22"),
        action("e10", area: 3, links: [0], status: 1),
        action("e11", area: 0, status: 1),
      ])
    let west = Plan(
      id: "west", title: "West plan", scale: .dca,
      areas: [Area(id: "W1", title: "West one"), Area(id: "W2", title: "West two")])
    builder.add(
      west,
      actions: [
        action("w1", area: 0, status: 3), action("w2", area: 0, status: 1),
        action("w3", area: 0, status: 2), action("w4", area: 0, status: 0),
      ])
    return builder.build()
  }

  private static func action(
    _ id: String, area: Int, links: [Int] = [], status: Int?, due: String? = nil
  ) -> Action {
    Action(
      id: id, area: area, links: links, title: "Action \(id)", owners: ["Owner"],
      due: due.map { try! DueDate(parsing: $0) }, status: status)
  }
}
