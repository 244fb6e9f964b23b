@testable import BoardwalkCore

/// A summary row's key and counts, written as the tests expect them.
struct CountsRow: Equatable, CustomStringConvertible {
  var key: String
  var plan: String? = nil
  var red = 0
  var amber = 0
  var green = 0
  var blue = 0
  var grey = 0
  var unrated = 0
  var overdue = 0
  var total = 0

  init(
    _ key: String, plan: String? = nil, red: Int = 0, amber: Int = 0, green: Int = 0,
    blue: Int = 0, grey: Int = 0, unrated: Int = 0, overdue: Int = 0, total: Int
  ) {
    self.key = key
    self.plan = plan
    self.red = red
    self.amber = amber
    self.green = green
    self.blue = blue
    self.grey = grey
    self.unrated = unrated
    self.overdue = overdue
    self.total = total
  }

  init(_ row: SummaryRow) {
    self.init(
      row.key, plan: row.plan, red: row.counts[.red], amber: row.counts[.amber],
      green: row.counts[.green], blue: row.counts[.blue], grey: row.counts[.grey],
      unrated: row.counts[.unrated], overdue: row.counts.overdue, total: row.counts.total)
  }

  var description: String {
    "\(plan.map { "\($0)/" } ?? "")\(key): R\(red) A\(amber) G\(green) B\(blue) N\(grey) -\(unrated) overdue \(overdue) total \(total)"
  }
}
