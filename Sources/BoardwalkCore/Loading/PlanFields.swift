/// The fields each kind of object in a plan file may hold. The raw values are the JSON keys.
protocol PlanField: RawRepresentable, CaseIterable, Hashable where RawValue == String {
  /// The fields that must be present.
  static var required: [Self] { get }
  /// "an action", "a milestone": for messages.
  static var objectName: String { get }
}

enum DocumentField: String, PlanField {
  case format, plan, scales, areas, actions
  static let required: [DocumentField] = [.format, .plan, .areas, .actions]
  static let objectName = "a plan file"
}

enum PlanHeaderField: String, PlanField {
  case id, title, organisation, source, scale
  static let required: [PlanHeaderField] = [.id, .title]
  static let objectName = "\"plan\""
}

enum LevelField: String, PlanField {
  case key, label, rag, done, definition
  static let required: [LevelField] = [.key, .label, .rag]
  static let objectName = "a scale level"
}

enum AreaField: String, PlanField {
  case id, kind, title, parent, lead, description
  static let required: [AreaField] = [.id, .title]
  static let objectName = "an area"
}

enum ActionField: String, PlanField {
  case id, area, links, title, objective, owners, start, due, dueText, status, milestones
  case outcomes, measures, evidence, updates, sources, confidential
  static let required: [ActionField] = [.id, .area, .title]
  static let objectName = "an action"
}

enum MilestoneField: String, PlanField {
  case due, dueText, text, done
  static let required: [MilestoneField] = [.text]
  static let objectName = "a milestone"
}

enum UpdateField: String, PlanField {
  case date, status, text
  static let required: [UpdateField] = [.date]
  static let objectName = "an update"
}

extension PlanField {
  /// Bit of this field in a set of fields seen.
  var bit: UInt32 {
    let index =
      Self.allCases.firstIndex(of: self).map {
        Self.allCases.distance(from: Self.allCases.startIndex, to: $0)
      } ?? 0
    return 1 << UInt32(index)
  }

  /// The known field closest to a misspelt key, if one is close enough to suggest.
  static func suggestion(for key: String) -> String? {
    let lower = key.lowercased()
    var best: (name: String, distance: Int)?
    for field in allCases {
      let distance = EditDistance.between(lower, field.rawValue.lowercased())
      if distance <= max(1, field.rawValue.count / 4), distance < (best?.distance ?? .max) {
        best = (field.rawValue, distance)
      }
    }
    return best?.name
  }
}
