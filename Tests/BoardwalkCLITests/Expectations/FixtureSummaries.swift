import BoardwalkTestSupport

/// The `summary` numbers of Fixtures/plans on 2025-06-15, counted by hand from
/// ``FixtureActions``.
///
/// An action serves an area when its area or a link is that area or one beneath it:
/// P1 = A1 A10 A2 A6 (P1a sits under P1), P1a = A2 A6, P2 = A3 A4 A7, I1 = A1 A3 A5,
/// I2 = A3 A4 A6; B1 = B-1 B-2 B-4, B2 = B-2 B-3 B-4 B-5 (B2x sits under B2), B2x = B-2 B-5.
enum FixtureSummaries {
  struct AreaRow: Sendable, CustomStringConvertible {
    let plan: String
    let area: String
    let tally: Tally

    var description: String { "\(plan) \(area)" }
  }

  static let byArea: [AreaRow] = [
    AreaRow(
      plan: "alpha", area: "P1",
      tally: Tally(red: 1, amber: 1, green: 1, grey: 1, overdue: 1, total: 4)),
    AreaRow(plan: "alpha", area: "P1a", tally: Tally(red: 1, grey: 1, overdue: 1, total: 2)),
    AreaRow(
      plan: "alpha", area: "P2", tally: Tally(amber: 1, blue: 1, unrated: 1, overdue: 1, total: 3)),
    AreaRow(plan: "alpha", area: "I1", tally: Tally(amber: 1, green: 1, unrated: 1, total: 3)),
    AreaRow(plan: "alpha", area: "I2", tally: Tally(amber: 1, blue: 1, grey: 1, total: 3)),
    AreaRow(plan: "beta", area: "B1", tally: Tally(red: 1, green: 2, overdue: 2, total: 3)),
    AreaRow(
      plan: "beta", area: "B2", tally: Tally(red: 1, green: 2, unrated: 1, overdue: 1, total: 4)),
    AreaRow(plan: "beta", area: "B2x", tally: Tally(green: 1, unrated: 1, total: 2)),
  ]

  static let byPlan: [String: Tally] = [
    "alpha": Tally(
      red: 1, amber: 2, green: 1, blue: 1, grey: 1, unrated: 2, overdue: 2, total: 8),
    "beta": Tally(red: 2, green: 2, unrated: 1, overdue: 2, total: 5),
  ]

  /// Each owner as written; an action counts once for each of its owners, and A5 (no owner)
  /// in no row.
  static let byOwner: [String: Tally] = [
    "Designated Clinical Officer": Tally(amber: 1, total: 1),
    "Director of Education": Tally(red: 1, green: 1, overdue: 1, total: 2),
    "Head of SEND": Tally(red: 2, amber: 1, green: 1, blue: 1, overdue: 2, total: 5),
    "Parent Carer Forum": Tally(grey: 1, unrated: 1, total: 2),
    "SEND Casework Team": Tally(red: 1, total: 1),
    "SENCO Network": Tally(green: 2, unrated: 1, overdue: 2, total: 3),
    "(no owner)": Tally(unrated: 1, total: 1),
  ]
}
