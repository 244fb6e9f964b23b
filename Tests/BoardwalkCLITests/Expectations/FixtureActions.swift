/// Every action of Fixtures/plans, worked out by hand from alpha.json and beta.json as of
/// ``today`` (2025-06-15), in file order: alpha's actions, then beta's.
///
/// alpha uses its own scale `delivery` (not-started grey, off-track red, at-risk amber,
/// on-track green, embedded blue and done); beta uses the built-in `dca` (amber-red is red,
/// amber-green is green, and no level is done, so a past-due green action is overdue).
enum FixtureActions {
  static let today = "2025-06-15"

  static let all: [ListedAction] = [
    action(
      "alpha", "A1", "Refresh the local offer website", area: "P1", links: ["I1"],
      owners: ["Head of SEND", "SENCO Network"], due: "2025-06-30", status: "on-track",
      rag: "green"),
    action(
      "alpha", "A10", "Quarterly newsletter to families", area: "P1",
      owners: ["Head of SEND"], due: nil, status: "at-risk", rag: "amber"),
    action(
      "alpha", "A2", "Café drop-in sessions for parents", area: "P1a",
      owners: ["Head of SEND"], due: "2025-06-14", status: "off-track", rag: "red",
      overdue: true),
    action(
      "alpha", "A3", "Joint training on EHC plan quality", area: "P2", links: ["I1", "I2"],
      owners: ["Designated Clinical Officer"], due: "2025-06-15", status: "at-risk",
      rag: "amber"),
    action(
      "alpha", "A4", "Workforce plan | training offer", area: "P2", links: ["I2"],
      owners: ["Head of SEND"], due: "2025-03-31", status: "embedded", rag: "blue",
      done: true),
    action(
      "alpha", "A5", "Audit of annual reviews", area: "I1", owners: [], due: "ongoing",
      status: nil, rag: "unrated"),
    action(
      "alpha", "A6", "Co-produce the charter with parents", area: "P1a", links: ["I2"],
      owners: ["Parent Carer Forum"], due: "tbc", status: "not-started", rag: "grey"),
    action(
      "alpha", "A7", "Recruit two educational psychologists", area: "P2",
      owners: ["SENCO Network"], due: "2025-01-31", status: nil, rag: "unrated",
      overdue: true),
    action(
      "beta", "B-1", "Reduce EHC plan waiting times", area: "B1",
      owners: ["Head of SEND", "Director of Education"], due: "2025-05-31",
      status: "amber-red", rag: "red", overdue: true),
    action(
      "beta", "B-2", "Publish the \"Local Offer\", with a parents' review", area: "B2x",
      links: ["B1"], owners: ["Director of Education"], due: "2025-07-31",
      status: "amber-green", rag: "green"),
    action(
      "beta", "B-3", "Set up a casework helpline", area: "B2", owners: ["SEND Casework Team"],
      due: "2025-06-16", status: "red", rag: "red"),
    action(
      "beta", "B-4", "Improve transition to adult services", area: "B1", links: ["B2"],
      owners: ["SENCO Network"], due: "2024-12-31", status: "green", rag: "green",
      overdue: true),
    action(
      "beta", "B-5", "Agree the joint commissioning strategy", area: "B2x",
      owners: ["Parent Carer Forum"], due: nil, status: nil, rag: "unrated"),
  ]

  /// The expected records of these ids, in the order given (an unknown id has none, which
  /// the callers' comparison of ids reports).
  static func records(_ ids: [String]) -> [ListedAction] {
    ids.compactMap { id in all.first { $0.id == id } }
  }

  private static func action(
    _ plan: String, _ id: String, _ title: String, area: String, links: [String] = [],
    owners: [String], due: String?, status: String?, rag: String, done: Bool = false,
    overdue: Bool = false
  ) -> ListedAction {
    ListedAction(
      plan: plan, id: id, title: title, area: area, links: links, owners: owners, due: due,
      status: status, rag: rag, done: done, overdue: overdue)
  }
}
