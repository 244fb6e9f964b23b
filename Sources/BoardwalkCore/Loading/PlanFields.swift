import Foundation

/// The fields each kind of object in a plan file may hold. The raw values are the JSON keys.
protocol PlanField: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
  /// The fields that must be present.
  static var required: [Self] { get }
  /// "an action", "a milestone": for messages.
  static var objectName: String { get }
  /// Names as bytes and bits, computed once.
  static var table: FieldTable<Self> { get }
}

/// A kind of object's field names as UTF-8 bytes, with a bit for each field, built once so
/// matching a key in a file neither makes a string nor searches a list of cases.
struct FieldTable<Field: PlanField>: Sendable {
  private let names: [[UInt8]]
  private let fields: [Field]

  init() {
    fields = Array(Field.allCases)
    names = fields.map { Array($0.rawValue.utf8) }
  }

  func field(named bytes: UnsafeBufferPointer<UInt8>) -> Field? {
    guard let base = bytes.baseAddress else { return nil }
    for (index, name) in names.enumerated() where name.count == bytes.count {
      let same = name.withUnsafeBufferPointer {
        memcmp($0.baseAddress.unsafelyUnwrapped, base, bytes.count) == 0
      }
      if same { return fields[index] }
    }
    return nil
  }

  func bit(of field: Field) -> UInt32 {
    guard let index = fields.firstIndex(of: field) else { return 0 }
    return 1 << UInt32(index)
  }
}

enum DocumentField: String, PlanField {
  static let table = FieldTable<DocumentField>()
  case format, plan, scales, areas, actions
  static let required: [DocumentField] = [.format, .plan, .areas, .actions]
  static let objectName = "a plan file"
}

enum PlanHeaderField: String, PlanField {
  static let table = FieldTable<PlanHeaderField>()
  case id, title, organisation, source, fictional, scale
  static let required: [PlanHeaderField] = [.id, .title]
  static let objectName = "\"plan\""
}

enum LevelField: String, PlanField {
  static let table = FieldTable<LevelField>()
  case key, label, rag, done, definition
  static let required: [LevelField] = [.key, .label, .rag]
  static let objectName = "a scale level"
}

enum AreaField: String, PlanField {
  static let table = FieldTable<AreaField>()
  case id, kind, title, parent, lead, description
  static let required: [AreaField] = [.id, .title]
  static let objectName = "an area"
}

enum ActionField: String, PlanField {
  static let table = FieldTable<ActionField>()
  case id, area, links, title, objective, owners, start, due, dueText, status, milestones
  case outcomes, measures, evidence, updates, sources, confidential
  static let required: [ActionField] = [.id, .area, .title]
  static let objectName = "an action"
}

enum MilestoneField: String, PlanField {
  static let table = FieldTable<MilestoneField>()
  case due, dueText, text, done
  static let required: [MilestoneField] = [.text]
  static let objectName = "a milestone"
}

enum UpdateField: String, PlanField {
  static let table = FieldTable<UpdateField>()
  case date, status, text
  static let required: [UpdateField] = [.date]
  static let objectName = "an update"
}

extension PlanField {
  /// Bit of this field in a set of fields seen.
  var bit: UInt32 { Self.table.bit(of: self) }

  /// The field whose name is these UTF-8 bytes, if any.
  static func field(named bytes: UnsafeBufferPointer<UInt8>) -> Self? { table.field(named: bytes) }

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
