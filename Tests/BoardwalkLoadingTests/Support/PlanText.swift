/// Small valid plan files, laid out so that the place of each value can be counted by hand.
enum PlanText {
  /// A valid plan with one area and one owned action. The plan id's value starts at line 3,
  /// column 19 (`  "plan": { "id": ` is 18 characters).
  static func valid(id: String, title: String = "A plan") -> String {
    """
    {
      "format": "boardwalk-plan/1",
      "plan": { "id": "\(id)", "title": "\(title)" },
      "areas": [ { "id": "A1", "title": "Area one" } ],
      "actions": [ { "id": "1.1", "area": "A1", "title": "Do it", "owners": ["Head of SEND"] } ]
    }

    """
  }

  /// A plan whose only problem is an impossible due date at line 5, column 90.
  static func withError(id: String) -> String {
    """
    {
      "format": "boardwalk-plan/1",
      "plan": { "id": "\(id)", "title": "A plan with an error" },
      "areas": [ { "id": "A1", "title": "Area one" } ],
      "actions": [ { "id": "1.1", "area": "A1", "title": "Do it", "owners": ["Head"], "due": "2024-02-30" } ]
    }

    """
  }
}
