/// A valid plan that uses every kind of JSON token a plan file can hold: objects and arrays,
/// empty ones too, strings with every escape (a surrogate pair among them) and raw two-,
/// three- and four-byte characters, `true`, `false`, `null` and numbers (in extension fields),
/// so that cutting it at every offset cuts every token in every place.
enum TruncationSample {
  static let text = #"""
    {
      "format": "boardwalk-plan/1",
      "plan": { "id": "cut-here", "title": "Café plan \"quoted\" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 😀 日本", "scale": "ours" },
      "scales": {
        "ours": [
          { "key": "on-track", "label": "On track", "rag": "green", "done": false },
          { "key": "done-and-dusted", "label": "Finished", "rag": "blue", "done": true, "definition": "Embedded" }
        ]
      },
      "areas": [ { "id": "SP1", "kind": "priority", "title": "Communication – ½" }, { "id": "AFI4", "title": "Training", "parent": "SP1" } ],
      "actions": [
        {
          "id": "1.3",
          "area": "SP1",
          "links": ["AFI4"],
          "title": "Partner wide training",
          "owners": ["Assistant Director", "Head of SEND"],
          "start": "2023-02",
          "due": "2023-09-30",
          "dueText": "Sept-23",
          "status": "on-track",
          "milestones": [ { "due": "2024-08-31", "text": "Publish", "done": true }, { "text": "Review", "done": false } ],
          "outcomes": "Stronger",
          "updates": [ { "date": "2024-06-27", "status": "done-and-dusted", "text": "Done" } ],
          "sources": ["SEF", "DBV"],
          "confidential": false,
          "x-numbers": [0, 12, -14.5e+3, 2E-2, 7.25],
          "x-nothing": null,
          "x-empty": [{}, [], ""]
        }
      ]
    }

    """#
}
