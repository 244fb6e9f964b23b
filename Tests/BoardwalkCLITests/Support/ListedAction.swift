import Foundation

/// The fields of one action that `list --format json` must print (issue 2), as plain values.
struct ListedAction: Equatable, Sendable, CustomStringConvertible {
  var plan: String
  var id: String
  var title: String
  var area: String
  var links: [String]
  var owners: [String]
  /// Canonical `YYYY-MM-DD`, `ongoing`, `tbc`, or `nil` for JSON null.
  var due: String?
  /// The scale key, or `nil` for JSON null (unrated).
  var status: String?
  /// The RAG class, or `unrated`.
  var rag: String
  var done: Bool
  var overdue: Bool

  var description: String { "\(plan)/\(id)" }
}

extension ListedAction {
  /// Reads `list --format json` output with JSONSerialization, insisting on every field and
  /// its type.
  static func decodeList(_ text: String) throws -> [ListedAction] {
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let objects = parsed as? [[String: Any]] else {
      throw OutputShapeError("list --format json did not print an array of objects: \(text)")
    }
    return try objects.map(ListedAction.init(object:))
  }

  init(object: [String: Any]) throws {
    let fields = JSONFields(object)
    plan = try fields.string("plan")
    id = try fields.string("id")
    title = try fields.string("title")
    area = try fields.string("area")
    links = try fields.strings("links")
    owners = try fields.strings("owners")
    due = try fields.stringOrNull("due")
    status = try fields.stringOrNull("status")
    rag = try fields.string("rag")
    done = try fields.bool("done")
    overdue = try fields.bool("overdue")
  }
}
