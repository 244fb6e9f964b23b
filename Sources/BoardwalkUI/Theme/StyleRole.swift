import BoardwalkCore

/// What a piece of the screen is, so a theme can say how it looks. Every role must be given
/// by every theme file.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
  case text
  case dim
  case header
  case headerFilter = "header.filter"
  case border
  case paneTitle = "pane.title"
  case paneTitleFocused = "pane.title.focused"
  case tableHeader = "table.header"
  case selection
  case selectionInactive = "selection.inactive"
  case overdue
  case statusLine = "status"
  case statusKey = "status.key"
  case message
  case error
  case overlay
  case overlayTitle = "overlay.title"
  case match
  case editor
  case tabActive = "tab.active"
  case tabInactive = "tab.inactive"
  case ragRed = "rag.red"
  case ragAmber = "rag.amber"
  case ragGreen = "rag.green"
  case ragBlue = "rag.blue"
  case ragGrey = "rag.grey"
  case ragUnrated = "rag.unrated"

  /// The role for a RAG class's badge.
  public static func rag(_ rag: RAGClass) -> StyleRole {
    switch rag {
    case .red: .ragRed
    case .amber: .ragAmber
    case .green: .ragGreen
    case .blue: .ragBlue
    case .grey: .ragGrey
    case .unrated: .ragUnrated
    }
  }
}
