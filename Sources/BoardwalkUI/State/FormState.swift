/// A small form of one-line fields: raising an action, the meeting's details.
public struct FormState: Hashable, Sendable {
  public struct Field: Hashable, Sendable {
    public let label: String
    public var editor: LineEditor
    public let hint: String

    public init(_ label: String, _ value: String = "", hint: String = "") {
      self.label = label
      editor = LineEditor(value)
      self.hint = hint
    }

    public var value: String { editor.text.trimmingSpaces }
  }

  public let title: String
  public var fields: [Field]
  public var focused = 0
  /// A problem with what was entered, shown under the fields.
  public var error: String?
  private let initial: [String]

  public init(title: String, fields: [Field]) {
    self.title = title
    self.fields = fields
    initial = fields.map(\.value)
  }

  /// Whether anything was changed since the form opened.
  public var isChanged: Bool { fields.map(\.value) != initial }

  public func value(_ label: String) -> String {
    fields.first { $0.label == label }?.value ?? ""
  }

  /// Applies a key: moving between fields or editing the focused one.
  mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .tab, .down: focused = (focused + 1) % fields.count
    case .backTab, .up: focused = (focused + fields.count - 1) % fields.count
    default: return fields[focused].editor.handle(key)
    }
    return true
  }
}

extension String {
  /// The text without spaces at either end.
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
