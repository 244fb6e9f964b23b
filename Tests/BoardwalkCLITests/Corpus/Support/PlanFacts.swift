import Foundation

/// What a plan file says, read with Foundation's JSON reader (independently of Boardwalk's):
/// its plan id and its actions, for checking what `list` prints and what a meeting discusses.
struct PlanFacts {
  struct ActionFacts: Equatable {
    let id: String
    let title: String
    let owners: [String]
    let isConfidential: Bool

    /// The action an element of `actions` writes, when its id and title are strings.
    init?(json element: Any) {
      guard let object = element as? [String: Any], let id = object["id"] as? String,
        let title = object["title"] as? String
      else { return nil }
      self.id = id
      self.title = title
      owners = object["owners"] as? [String] ?? []
      isConfidential = object["confidential"] as? Bool ?? false
    }
  }

  /// The plan's id, when the file is JSON with a string at /plan/id.
  let planID: String?
  /// The actions, when the file is JSON whose actions are well-formed (ids and titles are
  /// strings).
  let actions: [ActionFacts]?

  init(path: String) throws {
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    // Boardwalk skips a byte order mark; so does this reading.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let document = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    planID = (document?["plan"] as? [String: Any])?["id"] as? String
    let parsed = (document?["actions"] as? [Any])?.map(ActionFacts.init(json:))
    // A list in which some action cannot be read gives no actions at all.
    actions = parsed.flatMap { $0.contains { $0 == nil } ? nil : $0.compactMap { $0 } }
  }
}
