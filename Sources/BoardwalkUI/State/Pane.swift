/// The panes of the main screen.
public enum Pane: String, CaseIterable, Sendable, Hashable {
  case areas
  case actions
  case heatMap
  case detail

  /// The pane's title as its border shows it.
  public var title: String {
    switch self {
    case .areas: "Areas"
    case .actions: "Actions"
    case .heatMap: "Heat map"
    case .detail: "Detail"
    }
  }
}
