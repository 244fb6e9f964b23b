import BoardwalkCore

/// What is open over the main screen.
public enum Overlay: Hashable, Sendable {
  case help(HelpState)
  /// The last message, whole, wrapped in a box (the status line cuts long ones).
  case lastMessage(StatusMessage)
  case picker(PickerState)
  case filterEditor(FilterEditorState)
  case search(SearchState)
  /// `M` on a filtered screen: the meeting's agenda, the filter or every open action.
  case meetingAgenda(MeetingAgendaChoice)
}

/// The choice `M` offers on a filtered screen: the filter on screen as the meeting's agenda,
/// or the agenda a meeting has by default (every open action).
public struct MeetingAgendaChoice: Hashable, Sendable {
  /// The screen's filter, as the journal would record it.
  public let filter: String
  /// How many actions the filter keeps.
  public let count: Int
  /// Whether the filter is chosen (the first line), rather than every open action.
  public var isFilterChosen = true

  public init(filter: String, count: Int) {
    self.filter = filter
    self.count = count
  }
}

/// The help overlay: how far it is scrolled, and what it is narrowed to.
public struct HelpState: Hashable, Sendable {
  public var scroll = 0
  /// Words the keys are narrowed to (`/` in the help): only keys whose description, name or
  /// keys hold them are listed.
  public var query = LineEditor()
  /// Whether the query is being typed (keys go to it) rather than read.
  public var isTypingQuery = false

  public init(scroll: Int = 0, query: String = "", isTypingQuery: Bool = false) {
    self.scroll = scroll
    self.query = LineEditor(query)
    self.isTypingQuery = isTypingQuery
  }
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
