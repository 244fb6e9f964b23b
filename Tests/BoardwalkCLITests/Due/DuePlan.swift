import BoardwalkTestSupport
import Foundation

/// A plan file of one area and the actions given, written into a scratch folder, for the
/// `due` tests that need words SampleData does not hold.
enum DuePlan {
  /// One action: its id, title, owners, due and the source's words for it.
  struct Action {
    var id: String
    var title: String
    var owners: [String] = ["Head of SEND"]
    var due: String = "2026-12-01"
    var dueText: String?
  }

  /// Writes the plan `plan.json` into `folder`; returns its path.
  static func write(_ actions: [Action], into folder: ScratchFolder) throws -> String {
    let plan: [String: Any] = [
      "format": "boardwalk-plan/1",
      "plan": ["id": "words", "title": "A plan of difficult words"],
      "areas": [["id": "A", "kind": "priority", "title": "Area"]],
      "actions": actions.map { action in
        var fields: [String: Any] = [
          "id": action.id, "area": "A", "title": action.title, "owners": action.owners,
          "due": action.due,
        ]
        if let dueText = action.dueText { fields["dueText"] = dueText }
        return fields
      },
    ]
    let data = try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys])
    return try folder.write("plan.json", bytes: Array(data))
  }
}
