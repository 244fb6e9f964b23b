import BoardwalkTestSupport
import Foundation

/// One object of `summary --format json`: its key, its plan (rows of areas) and its counts.
struct SummaryRowOutput: Equatable, Sendable, CustomStringConvertible {
  var key: String
  var plan: String?
  var tally: Tally

  var description: String { "\(plan.map { "\($0) " } ?? "")\(key): \(tally)" }

  /// Reads `summary --format json` output with JSONSerialization.
  static func decode(_ text: String) throws -> [SummaryRowOutput] {
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let objects = parsed as? [[String: Any]] else {
      throw OutputShapeError("summary --format json did not print an array of objects: \(text)")
    }
    return try objects.map { object in
      let fields = JSONFields(object)
      let plan = object["plan"] == nil ? nil : try fields.stringOrNull("plan")
      return SummaryRowOutput(
        key: try fields.string("key"), plan: plan,
        tally: Tally(
          red: try fields.int("red"), amber: try fields.int("amber"),
          green: try fields.int("green"), blue: try fields.int("blue"),
          grey: try fields.int("grey"), unrated: try fields.int("unrated"),
          overdue: try fields.int("overdue"), total: try fields.int("total")))
    }
  }
}
