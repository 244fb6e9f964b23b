/// Where a key binding applies.
public enum KeyScope: Hashable, Sendable {
  /// At any moment, whatever is open: on the main screen, in a meeting, in any overlay.
  case always
  /// On the main screen, whatever pane has focus.
  case screen
  /// On the main screen, when one of these panes has focus.
  case panes(Set<Pane>)
  /// In a quick picker.
  case picker
  /// In a one-line editor (filter, search, picker query).
  case editor
  /// In the help overlay.
  case help
  /// In a meeting.
  case meeting
  /// On the screen of a lead writing their return (`boardwalk update`).
  case leadReturn
  /// In a meeting's attendance list (`w`).
  case attendance
  /// In a meeting's view of the board's action log (`v`).
  case actionLog
  /// Writing minute text.
  case textEditor
  /// Filling in a form (a new action, the meeting's details).
  case form
  /// Answering a yes-or-no question.
  case confirmation

  /// The heading the help overlay puts the binding under.
  public var heading: String {
    switch self {
    case .always: "At any time"
    case .screen: "Everywhere"
    case .panes(let panes):
      Pane.allCases.filter(panes.contains).map(\.title).joined(separator: ", ")
    case .picker: "In a picker (o a d s)"
    case .editor: "Editing text (f / and picker queries)"
    case .help: "In this help"
    case .meeting: "In a meeting"
    case .leadReturn: "Writing your return (boardwalk update --owner NAME)"
    case .attendance: "Taking attendance (w in a meeting)"
    case .actionLog: "The board's action log (v in a meeting)"
    case .textEditor: "Writing a note or decision"
    case .form: "In a form (new action, meeting details)"
    case .confirmation: "Answering a question"
    }
  }
}

/// One entry of the key map: keys, what they do, and how help and the status line word it.
public struct KeyBinding: Hashable, Sendable {
  public let keys: [Key]
  public let command: Command
  /// A word or two for the status line ("filter").
  public let label: String
  /// A sentence for the help overlay.
  public let help: String
  public let scope: KeyScope
  /// Whether the status line shows it.
  public let isInStatusLine: Bool
  /// For a key that works on the whole screen but belongs to some panes (`H` switches the
  /// heat map from anywhere): the panes whose status line shows it; `nil` for every pane.
  public let statusPanes: Set<Pane>?

  public init(
    _ keys: [Key], _ command: Command, label: String, help: String, scope: KeyScope = .screen,
    status: Bool = false, statusPanes: Set<Pane>? = nil
  ) {
    self.keys = keys
    self.command = command
    self.label = label
    self.help = help
    self.scope = scope
    self.isInStatusLine = status
    self.statusPanes = statusPanes
  }

  /// The keys as the help overlay writes them: `↑ k`.
  public var keysText: String { keys.map(\.description).joined(separator: " ") }
}
