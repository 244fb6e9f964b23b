/// A plan file as read, before references are checked: names are still strings, and the
/// offsets of everything a later check may complain about are kept.
struct DecodedPlan {
  struct Located<Value> {
    var value: Value
    var offset: Int
  }

  struct Header {
    var id: Located<String>?
    var title: String?
    var organisation: String?
    var source: String?
    var fictional = false
    var scale: Located<String>?
    var offset = 0
  }

  struct Scale {
    var name: Located<String>
    var levels: [Level]
    var isArray: Bool
  }

  struct Level {
    var key: Located<String>?
    var label: String?
    var rag: Located<String>?
    var done = false
    var definition: String?
    var offset: Int
  }

  struct DecodedArea {
    var id: Located<String>?
    var kind: String?
    var title: String?
    var parent: Located<String>?
    var lead: String?
    var description: String?
    var offset: Int
    /// Position in the file's `areas` array.
    var index: Int
  }

  struct DecodedUpdate {
    var date: PlanDate?
    var status: Located<String>?
    var text: TextRef?
  }

  struct DecodedAction {
    var id: Located<String>?
    var area: Located<String>?
    var links: [Located<String>] = []
    var title: TextRef?
    var objective: TextRef?
    var owners: [String] = []
    var start: PlanDate?
    var due: Located<DueDate>?
    var dueText: TextRef?
    var status: Located<String>?
    var milestones: [StoredMilestone] = []
    var outcomes: TextRef?
    var measures: TextRef?
    var evidence: TextRef?
    var updates: [DecodedUpdate] = []
    var sources: [String] = []
    var isConfidential = false
    var offset: Int
    /// Position in the file's `actions` array.
    var index: Int
  }

  /// Where the `actions` array sits in the file (from `[` to just after `]`).
  var actionsRange: Range<Int>?
  var format: Located<String>?
  var header: Header?
  var scales: [Scale] = []
  var areas: [DecodedArea] = []
  var actions: [DecodedAction] = []
  /// Where each action's object and some of its values sit in the file, for editing it in
  /// place (`apply`): one per action, when the decoder was asked to record them. Kept apart
  /// from the actions, so loading (which does not need them) holds 88 bytes less for each.
  var spans: [ActionSpan] = []
  /// The text of the actions' prose.
  var text = PlanText(bytes: [])
}
