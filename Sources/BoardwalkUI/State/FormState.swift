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
  public private(set) var focused = 0
  /// Whether the focused field's text is selected, as it is on arriving at a field that
  /// holds something (a default such as the current area): typing or pasting replaces it,
  /// Backspace clears it, and a movement key keeps it and starts editing it.
  public private(set) var isSelected: Bool
  /// A problem with what was entered, shown under the fields.
  public var error: String?
  private let initial: [String]

  public init(title: String, fields: [Field]) {
    self.title = title
    self.fields = fields
    initial = fields.map(\.value)
    isSelected = !(fields.first?.editor.text.isEmpty ?? true)
  }

  /// Whether anything was changed since the form opened.
  public var isChanged: Bool { fields.map(\.value) != initial }

  public func value(_ label: String) -> String {
    fields.first { $0.label == label }?.value ?? ""
  }

  /// Applies a key: moving between fields or editing the focused one.
  mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .tab, .down: focus((focused + 1) % fields.count)
    case .backTab, .up: focus((focused + fields.count - 1) % fields.count)
    default:
      if isSelected {
        isSelected = false
        switch key {
        case .character:
          fields[focused].editor = LineEditor()
        case .backspace, .delete, .control("h"), .control("d"), .control("u"), .control("k"),
          .control("w"):
          fields[focused].editor = LineEditor()
          return true
        default:
          break
        }
      }
      return fields[focused].editor.handle(key)
    }
    return true
  }

  /// Pastes `text` into the focused field, in place of its text when that is selected.
  mutating func paste(_ text: String) {
    if isSelected { fields[focused].editor = LineEditor() }
    isSelected = false
    fields[focused].editor.insert(text)
  }

  private mutating func focus(_ index: Int) {
    focused = index
    isSelected = !fields[index].editor.text.isEmpty
  }
}

extension String {
  /// The text without spaces at either end.
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
