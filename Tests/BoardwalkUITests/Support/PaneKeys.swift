import BoardwalkUI

extension Pane {
  /// The key that brings this pane forward (`1` to `4`, in tab order).
  var key: Key {
    switch self {
    case .areas: .character("1")
    case .actions: .character("2")
    case .heatMap: .character("3")
    case .detail: .character("4")
    }
  }
}
