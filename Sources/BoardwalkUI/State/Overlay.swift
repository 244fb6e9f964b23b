import BoardwalkCore

/// What is open over the main screen.
public enum Overlay: Hashable, Sendable {
  case help(scroll: Int)
  case picker(PickerState)
  case filterEditor(FilterEditorState)
  case search(SearchState)
}

/// The filter expression being edited with `f`: live as it parses, with the error position
/// when it does not.
public struct FilterEditorState: Hashable, Sendable {
  public var editor: LineEditor
  /// The filter before editing began, restored by Esc.
  public let original: FilterExpression
  public var error: FilterError?
}

/// The text search being typed with `/`: a text term of the filter, updated as you type.
public struct SearchState: Hashable, Sendable {
  public var editor: LineEditor
  /// The filter before searching began, restored by Esc.
  public let original: FilterExpression
}

/// A line for the status bar.
public struct StatusMessage: Hashable, Sendable {
  public let text: String
  public let isError: Bool

  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}
