@testable import BoardwalkCore

/// Three plans with different scales, fourteen actions, judged on 2026-03-15.
///
///     #  plan  id      area  links  owners                      due         status        class   done overdue
///     0  hull  1.1     SP1   AFI4   Head of SEND                2026-03-14  off-track     red     -    yes
///     1  hull  1.2     SP1          SEND Programme Manager,     2026-03-15  some-concerns amber   -    -
///                                   Head of SEND
///     2  hull  1.10    AFI5  AFI4   Parent Carer Forum          2026-02     on-track      green   -    yes
///     3  hull  2.1     O1           (none)                      ongoing     not-due       grey    -    -
///     4  hull  2.2     O2    AFI5   Head of Inclusion           tbc         embedded      blue    yes  -
///     5  hull  2.10    C1           Assistant Director ...      (none)      (unrated)     unrated -    -
///     6  hull  3.1     AFI4         Head of SEND                2025-12-31  embedded      blue    yes  -
///     7  dfe   A1      APA1  AFI4   DfE SEND Adviser            2026-03-16  amber-red     red     -    -
///     8  dfe   A2      AFI4         Head of SEND, ICB Director  2026-03     amber-green   green   -    -
///     9  dfe   A10     AfI1         ICB Director                2026-04-14  green         green   -    -
///    10  dfe   A3      APA1         DfE SEND Adviser            2025-01     (unrated)     unrated -    yes
///    11  oxon  PAP1:1  PAP1  AfI2   Head of SEND                2026-04-15  red           red     -    -
///    12  oxon  PAP1:2  PAP1         SEND Programme Manager      2026-01-10  green         green   yes  -
///    13  oxon  PAP1:3  AfI2         Preparing for Adulthood Lead 2026-01-10 amber         amber   -    yes
///
/// hull uses the custom scale `ragp`, dfe the built-in `dca`, oxon the built-in `brag`.
/// In hull, O1 and O2 sit under C1. Action 2.1 holds words in the fields text search must
/// not read (objective, dueText, evidence, milestones, sources).
enum BoardFixture {
  static let today = Day.of(2026, 3, 15)

  static let store: PlanStore = {
    var builder = PlanStore.Builder()
    builder.add(hull, actions: hullActions)
    builder.add(dfe, actions: dfeActions)
    builder.add(oxon, actions: oxonActions)
    return builder.build()
  }()

  /// The ids of the actions `filter` keeps on ``today``, in the order returned.
  static func ids(_ filter: String, today: CalendarDate = today) throws -> [String] {
    let compiled = try CompiledFilter(parsing: filter, store: store)
    return compiled.matchingIndexes(in: store, today: today).map { store.actions[$0].id }
  }

  /// The ids of the actions at `indexes`.
  static func ids(at indexes: [Int]) -> [String] {
    indexes.map { store.actions[$0].id }
  }

  // MARK: hull (custom scale ragp)

  static let hull = Plan(
    id: "hull", title: "Hull SEND Strategic Plan", scale: FixtureScales.ragp,
    areas: [
      Area(id: "SP1", kind: .priority, title: "Communication"),
      Area(id: "AFI4", kind: .improvement, title: "Workforce development"),
      Area(id: "AFI5", kind: .improvement, title: "Transitions"),
      Area(id: "C1", kind: .other("commitment"), title: "Inclusion"),
      Area(id: "O1", kind: .other("objective"), title: "Alternative provision", parent: 3),
      Area(id: "O2", kind: .other("objective"), title: "Partnerships", parent: 3),
    ])

  private static func ragp(_ key: String) -> Int {
    FixtureScales.level(key, of: FixtureScales.ragp)
  }

  static let hullActions: [Action] = [
    Action(
      id: "1.1", area: 0, links: [1], title: "Publish the Local Offer website",
      owners: ["Head of SEND"], due: Day.due(2026, 3, 14), status: ragp("off-track"),
      outcomes: "Families find the Local Offer easily",
      updates: [
        ProgressUpdate(
          date: PlanDate(Day.of(2026, 1, 10)), status: ragp("some-concerns"),
          text: "Café meeting with parents held")
      ]),
    Action(
      id: "1.2", area: 0, title: "Train staff on EHCP quality",
      owners: ["SEND Programme Manager", "Head of SEND"], due: Day.due(2026, 3, 15),
      status: ragp("some-concerns"), measures: "EHCP audit scores rise"),
    Action(
      id: "1.10", area: 2, links: [1], title: "Co-produce the transitions protocol",
      owners: ["Parent Carer Forum"], due: Day.dueMonth(2026, 2), status: ragp("on-track")),
    Action(
      id: "2.1", area: 4, title: "Review alternative provision", objective: "narwhal objective",
      due: .ongoing, dueText: "walrus time", status: ragp("not-due"),
      milestones: [Milestone(due: PlanDate(Day.of(2026, 6, 30)), text: "quokka survey")],
      evidence: "zebra crossing noted", sources: ["yak report"]),
    Action(
      id: "2.2", area: 5, links: [2], title: "ÉCOLE partnership review",
      owners: ["Head of Inclusion"], due: .tbc, status: ragp("embedded")),
    Action(
      id: "2.10", area: 3, title: "Embed the graduated approach",
      owners: ["Assistant Director Learning and Skills"]),
    Action(
      id: "3.1", area: 1, title: "Refresh the workforce strategy", owners: ["Head of SEND"],
      due: Day.due(2025, 12, 31), status: ragp("embedded")),
  ]

  // MARK: dfe (built-in dca)

  static let dfe = Plan(
    id: "dfe", title: "DfE stocktake actions", scale: .dca,
    areas: [
      Area(id: "APA1", kind: .priority, title: "Leadership"),
      Area(id: "AFI4", kind: .improvement, title: "Joint working"),
      Area(id: "AfI1", kind: .improvement, title: "Data"),
    ])

  private static func dca(_ key: String) -> Int { FixtureScales.level(key, of: .dca) }

  static let dfeActions: [Action] = [
    Action(
      id: "A1", area: 0, links: [1], title: "Stocktake action one",
      owners: ["DfE SEND Adviser"], due: Day.due(2026, 3, 16), status: dca("amber-red")),
    Action(
      id: "A2", area: 1, title: "Joint commissioning", owners: ["Head of SEND", "ICB Director"],
      due: Day.dueMonth(2026, 3), status: dca("amber-green")),
    Action(
      id: "A10", area: 2, title: "Data dashboard", owners: ["ICB Director"],
      due: Day.due(2026, 4, 14), status: dca("green"), outcomes: "local offer usage tracked",
      updates: [
        ProgressUpdate(date: PlanDate(Day.of(2026, 2, 1)), text: "Dashboard in Lagos pilot")
      ]
    ),
    Action(
      id: "A3", area: 0, title: "Workforce plan", owners: ["DfE SEND Adviser"],
      due: Day.dueMonth(2025, 1)),
  ]

  // MARK: oxon (built-in brag)

  static let oxon = Plan(
    id: "oxon", title: "Oxfordshire Priority Action Plan", scale: .brag,
    areas: [
      Area(id: "PAP1", kind: .priority, title: "Timeliness"),
      Area(id: "AfI2", kind: .improvement, title: "Preparing for adulthood"),
    ])

  private static func brag(_ key: String) -> Int { FixtureScales.level(key, of: .brag) }

  static let oxonActions: [Action] = [
    Action(
      id: "PAP1:1", area: 0, links: [1], title: "Improve timeliness of EHC plans",
      owners: ["Head of SEND"], due: Day.due(2026, 4, 15), status: brag("red")),
    Action(
      id: "PAP1:2", area: 0, title: "Annual reviews", owners: ["SEND Programme Manager"],
      due: Day.due(2026, 1, 10), status: brag("green")),
    Action(
      id: "PAP1:3", area: 1, title: "Preparation for adulthood",
      owners: ["Preparing for Adulthood Lead"], due: Day.due(2026, 1, 10), status: brag("amber")),
  ]
}
