/// Filters over Fixtures/plans on 2025-06-15 and the actions each keeps, in file order,
/// worked out by hand from ``FixtureActions`` and docs/filters.md.
struct FilterCase: Sendable, CustomStringConvertible {
  let filter: String
  let ids: [String]

  init(_ filter: String, _ ids: [String]) {
    self.filter = filter
    self.ids = ids
  }

  var description: String { filter }

  static let everyID = FixtureActions.all.map(\.id)
  static let alphaIDs = ["A1", "A10", "A2", "A3", "A4", "A5", "A6", "A7"]
  static let betaIDs = ["B-1", "B-2", "B-3", "B-4", "B-5"]

  static let owner: [FilterCase] = [
    // "SENCO Network" does not contain "send"; "SEND Casework Team" does.
    FilterCase("owner:~send", ["A1", "A10", "A2", "A4", "B-1", "B-3"]),
    FilterCase("owner:send", []),
    FilterCase("owner:\"Head of SEND\"", ["A1", "A10", "A2", "A4", "B-1"]),
    FilterCase("owner:\"head of send\"", ["A1", "A10", "A2", "A4", "B-1"]),
    FilterCase("owner:head", []),
    FilterCase("owner:\"Parent Carer Forum\",\"SENCO Network\"", ["A1", "A6", "A7", "B-4", "B-5"]),
    FilterCase("-owner:~send", ["A3", "A5", "A6", "A7", "B-2", "B-4", "B-5"]),
    FilterCase("owner:none", ["A5"]),
    FilterCase("-owner:none,\"Head of SEND\"", ["A3", "A6", "A7", "B-2", "B-3", "B-4", "B-5"]),
    FilterCase("owner:nobody", []),
  ]

  static let area: [FilterCase] = [
    FilterCase("area:P1", ["A1", "A10", "A2", "A6"]),
    FilterCase("area:P1a", ["A2", "A6"]),
    FilterCase("area:i2", ["A3", "A4", "A6"]),
    FilterCase("area:B2", ["B-2", "B-3", "B-4", "B-5"]),
    FilterCase("area:B1", ["B-1", "B-2", "B-4"]),
    FilterCase("area:P1a,I1", ["A1", "A2", "A3", "A5", "A6"]),
    FilterCase("-area:P2", ["A1", "A10", "A2", "A5", "A6"] + betaIDs),
    FilterCase("area:nosuch", []),
  ]

  static let plan: [FilterCase] = [
    FilterCase("plan:beta", betaIDs),
    FilterCase("plan:ALPHA,beta", everyID),
    FilterCase("-plan:alpha", betaIDs),
    FilterCase("plan:gamma", []),
  ]

  static let status: [FilterCase] = [
    // A RAG class matches every level of that class: off-track, amber-red and red are red.
    FilterCase("status:red", ["A2", "B-1", "B-3"]),
    FilterCase("Status:RED", ["A2", "B-1", "B-3"]),
    FilterCase("status:amber-red", ["B-1"]),
    FilterCase("status:on-track", ["A1"]),
    FilterCase("status:green", ["A1", "B-2", "B-4"]),
    FilterCase("status:amber", ["A10", "A3"]),
    FilterCase("status:blue", ["A4"]),
    FilterCase("status:grey", ["A6"]),
    FilterCase("status:unrated", ["A5", "A7", "B-5"]),
    FilterCase("status:done", ["A4"]),
    FilterCase("status:open", everyID.filter { $0 != "A4" }),
    FilterCase("-status:done", everyID.filter { $0 != "A4" }),
    FilterCase("status:red,amber", ["A10", "A2", "A3", "B-1", "B-3"]),
    FilterCase("status:embedded,unrated", ["A4", "A5", "A7", "B-5"]),
  ]

  static let due: [FilterCase] = [
    FilterCase("due:overdue", ["A2", "A7", "B-1", "B-4"]),
    FilterCase("due:none", ["A10", "A5", "A6", "B-5"]),
    FilterCase("due:ongoing", ["A5"]),
    FilterCase("due:tbc", ["A6"]),
    FilterCase("due:0d", ["A3"]),
    FilterCase("due:1d", ["A3", "B-3"]),
    FilterCase("due:15d", ["A1", "A3", "B-3"]),
    FilterCase("due:2025-06", ["A1", "A2", "A3", "B-3"]),
    FilterCase("due:2025-06-30", ["A1"]),
    FilterCase("due:2025-03-31", ["A4"]),
    FilterCase("due:2025-01..2025-05", ["A4", "A7", "B-1"]),
    FilterCase("due:..2024-12", ["B-4"]),
    FilterCase("due:2025-07..", ["B-2"]),
    FilterCase("due:2025-06-15..2025-06-16", ["A3", "B-3"]),
    FilterCase("-due:none", ["A1", "A2", "A3", "A4", "A7", "B-1", "B-2", "B-3", "B-4"]),
  ]

  static let text: [FilterCase] = [
    FilterCase("\"local offer\"", ["A1", "B-2"]),
    FilterCase("charter", ["A6"]),
    FilterCase("CAFÉ", ["A2"]),
    FilterCase("", everyID),
  ]

  static let combined: [FilterCase] = [
    FilterCase("status:red,amber area:P1", ["A10", "A2"]),
    FilterCase("owner:\"Head of SEND\" due:overdue", ["A2", "B-1"]),
    FilterCase("due:30d status:open", ["A1", "A3", "B-3"]),
    FilterCase("plan:alpha -status:done due:..2025-06-30", ["A1", "A2", "A3", "A7"]),
    FilterCase("\"local offer\" -plan:beta", ["A1"]),
    FilterCase("area:I2 -owner:\"Parent Carer Forum\"", ["A3", "A4"]),
    FilterCase("-due:none plan:beta status:green", ["B-2", "B-4"]),
    FilterCase("  owner:~senco   status:unrated  ", ["A7"]),
  ]
}
