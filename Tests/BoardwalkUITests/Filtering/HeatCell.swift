import Testing

/// One cell of the heat map over the boards fixture: its row and column, the filter Enter must
/// set, and the actions (in file order) it must leave in the table.
struct HeatCell: Sendable, CustomTestStringConvertible {
  let row: Int
  let column: Int
  let filter: String
  let ids: [String]
  var testDescription: String { filter }

  /// The filter term of each column, in the order the heat map draws them.
  static let columnTerms = [
    "status:red", "status:amber", "status:green", "status:blue", "status:grey", "status:unrated",
    "due:overdue",
  ]

  /// Every cell of a map: `rows` gives each row's filter and its non-empty cells by column.
  static func cells(_ rows: [(filter: String, cells: [Int: [String]])]) -> [HeatCell] {
    rows.enumerated().flatMap { row, spec in
      columnTerms.indices.map { column in
        HeatCell(
          row: row, column: column, filter: "\(spec.filter) \(columnTerms[column])",
          ids: spec.cells[column] ?? [])
      }
    }
  }

  /// The area rows, counted by hand from the fixture (see `Fixture`).
  static let areaCells = cells([
    ("plan:riverside area:APA1", [0: ["1.1"], 1: ["1.2"], 2: ["1.3"], 6: ["1.1", "1.3"]]),
    ("plan:riverside area:APA2", [1: ["2.2"], 3: ["2.1"], 5: ["2.3"]]),
    ("plan:riverside area:AFI1", [0: ["1.1"], 3: ["2.1"], 5: ["3.1"], 6: ["1.1", "3.1"]]),
    (
      "plan:lakeside area:C1",
      [0: ["AP-1"], 2: ["AP-2", "IN-1"], 3: ["PS-2"], 4: ["PS-1"], 6: ["AP-1"]]
    ),
    ("plan:lakeside area:O1", [0: ["AP-1"], 2: ["AP-2"], 6: ["AP-1"]]),
    ("plan:lakeside area:O2", [3: ["PS-2"], 4: ["PS-1"]]),
    ("plan:lakeside area:AFI2", [1: ["CF-1"], 2: ["AP-2"], 6: ["CF-1"]]),
  ])

  /// The owner rows, in the order of their names ignoring case; 2.3 has no owner.
  static let ownerCells = cells([
    ("owner:\"Head of Inclusion\"", [0: ["AP-1"], 4: ["PS-1"], 6: ["AP-1"]]),
    (
      "owner:\"Head of SEND\"",
      [0: ["1.1"], 1: ["1.2", "2.2"], 2: ["AP-2", "IN-1"], 6: ["1.1"]]
    ),
    ("owner:\"Parent Carer Forum\"", [3: ["PS-2"], 4: ["PS-1"]]),
    ("owner:\"Preparation for Adulthood Lead\"", [1: ["2.2"], 3: ["2.1"]]),
    ("owner:\"Principal Educational Psychologist\"", [0: ["1.1"], 6: ["1.1"]]),
    (
      "owner:\"SEND Programme Manager\"",
      [1: ["CF-1"], 2: ["1.3"], 5: ["3.1"], 6: ["1.3", "3.1", "CF-1"]]
    ),
  ])
}
