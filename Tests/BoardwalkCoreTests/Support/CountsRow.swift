import BoardwalkTestSupport

@testable import BoardwalkCore

/// A summary row's key and counts, written as the tests expect them.
struct CountsRow: Equatable, CustomStringConvertible {
  var key: String
  var plan: String? = nil
  var tally: Tally

  init(
    _ key: String, plan: String? = nil, red: Int = 0, amber: Int = 0, green: Int = 0,
    blue: Int = 0, grey: Int = 0, unrated: Int = 0, overdue: Int = 0, total: Int
  ) {
    self.key = key
    self.plan = plan
    tally = Tally(
      red: red, amber: amber, green: green, blue: blue, grey: grey, unrated: unrated,
      overdue: overdue, total: total)
  }

  init(_ row: SummaryRow) {
    self.init(
      row.key, plan: row.plan, red: row.counts[.red], amber: row.counts[.amber],
      green: row.counts[.green], blue: row.counts[.blue], grey: row.counts[.grey],
      unrated: row.counts[.unrated], overdue: row.counts.overdue, total: row.counts.total)
  }

  var description: String { "\(plan.map { "\($0)/" } ?? "")\(key): \(tally)" }
}
