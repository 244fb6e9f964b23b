import Foundation

/// What a key does to text being written, the same in a meeting and in a lead's return: the
/// key map says which keys save, cancel, break a line or hand over to `$EDITOR`; any other
/// key edits.
enum EditorKey {
  /// Enter: save what is written (trimmed).
  case save(String)
  /// Esc: close, asking first if something was typed.
  case cancel(isEmpty: Bool)
  /// Ctrl-O: continue in `$EDITOR`.
  case editExternally(String)
  /// The text changed (or the cursor moved).
  case edited
  /// Not a key for the editor.
  case ignored

  /// The key `key` in the multi-line editor `editor`.
  static func text(_ key: Key, _ editor: inout TextEditor, keyMap: KeyMap) -> EditorKey {
    switch keyMap.command(for: key, in: .textEditor) {
    case .accept: .save(editor.text.trimmingCharacters(in: .whitespacesAndNewlines))
    case .newLine: editor.handle(.control("j")) ? .edited : .ignored
    case .editExternally: .editExternally(editor.text)
    case .cancel: .cancel(isEmpty: editor.isEmpty)
    default: editor.handle(key) ? .edited : .ignored
    }
  }

  /// The key `key` in the one-line editor `editor`.
  static func line(_ key: Key, _ editor: inout LineEditor, keyMap: KeyMap) -> EditorKey {
    switch keyMap.command(for: key, in: .editor) {
    case .accept: .save(editor.text.trimmingCharacters(in: .whitespacesAndNewlines))
    case .cancel: .cancel(isEmpty: editor.text.isEmpty)
    default: editor.handle(key) ? .edited : .ignored
    }
  }
}

/// What a key does in a form: the same in every form of the meeting.
enum FormKey {
  /// Enter on the last field, or Ctrl-S: the form is to be saved.
  case submit
  /// Esc: close, asking first if something was changed.
  case cancel(isChanged: Bool)
  /// A field was edited, or another field focused.
  case edited

  static func handle(_ key: Key, _ form: inout FormState, keyMap: KeyMap) -> FormKey {
    let command = keyMap.command(for: key, in: .form)
    if command == .submitForm || (command == .accept && form.focused == form.fields.count - 1) {
      return .submit
    }
    switch command {
    case .accept, .moveDown: _ = form.handle(.tab)
    case .moveUp: _ = form.handle(.backTab)
    case .cancel: return .cancel(isChanged: form.isChanged)
    default: _ = form.handle(key)
    }
    form.error = nil
    return .edited
  }
}

extension AppState {
  /// A key in a list to choose from (a status, a milestone, the attendance, the action log):
  /// `scope`'s own keys first, then the picker's, and j and k as everywhere else.
  func listCommand(_ key: Key, in scope: KeyScope? = nil) -> Command? {
    if let scope, let command = keyMap.command(for: key, in: scope) { return command }
    if let command = keyMap.command(for: key, in: .picker) { return command }
    return [KeyScope.meeting, .screen].lazy.compactMap { self.keyMap.command(for: key, in: $0) }
      .first { [.moveUp, .moveDown].contains($0) }
  }
}
