import BoardwalkCore

/// The bottom row: a message if there is one, then the keys that matter here, generated
/// from the key map.
enum StatusLineView {
  static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let theme = state.theme
    grid.fill(rect, style: theme[.statusLine])
    var x = rect.x
    if let message = state.message {
      x = grid.write(
        " " + message.text + " ", x: x, y: rect.y,
        style: theme[message.isError ? .error : .message],
        limit: rect.width)
      x += 1
    }
    for binding in bindings(for: state) {
      guard x < rect.maxX else { break }
      let key = binding.keys.first?.description ?? ""
      let entryWidth = DisplayWidth.of(" \(key) \(binding.label)")
      if x + entryWidth > rect.maxX { break }
      x = grid.write(" " + key, x: x, y: rect.y, style: theme[.statusKey])
      x = grid.write(" " + binding.label, x: x, y: rect.y, style: theme[.statusLine])
      x += 1
    }
  }

  /// The bindings to show for what is on screen now.
  static func bindings(for state: AppState) -> [KeyBinding] {
    switch state.overlay {
    case .help: state.keyMap.statusBindings(in: .help, pane: nil)
    case .picker: state.keyMap.statusBindings(in: .picker, pane: nil)
    case .filterEditor, .search: state.keyMap.statusBindings(in: .editor, pane: nil)
    case nil:
      state.layout.mode == .tooSmall
        ? [] : state.keyMap.statusBindings(in: .screen, pane: state.focus)
    }
  }
}
