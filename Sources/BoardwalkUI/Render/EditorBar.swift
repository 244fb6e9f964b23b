import BoardwalkCore

/// The filter editor and the search box: a bar over the header with the text being edited,
/// its cursor, and either where it fails to parse or how many actions it matches.
enum EditorBar {
  static func draw(
    _ state: AppState, label: String, editor: LineEditor, error: FilterError?, hint: String,
    into grid: inout Grid
  ) {
    let theme = state.theme
    // The error (with its suggestion) or the hint, wrapped whole: up to three lines.
    let words = error.map { $0.description } ?? hint
    let lines = Array(
      DisplayWidth.wrap(Grid.flattened(words), toWidth: max(1, state.width)).prefix(3))
    let rect = Rect(x: 0, y: 0, width: state.width, height: min(3 + lines.count, state.height))
    grid.fill(rect, style: theme[.overlay])
    let prompt = "\(label): "
    drawEditor(editor, prompt: prompt, x: 0, y: 0, width: rect.width, theme: theme, into: &grid)
    if let error {
      // Where it fails, and what the table shows meanwhile.
      let shown = state.filter.expression.isEmpty ? "all" : state.filter.expression.description
      let showing = "showing \(shown) (\(state.rows.count))"
      let caretRoom = rect.width - DisplayWidth.of(showing) - 2
      let shift =
        DisplayWidth.of(prompt)
        + DisplayWidth.of(Grid.visible(String(editor.characters.prefix(error.position))))
        - visibleStart(editor, prompt: prompt, width: rect.width)
      grid.write(
        fitting: String(repeating: " ", count: max(0, shift)) + "^", x: 0, y: 1, width: rect.width,
        style: theme[.error])
      if shift + 3 < caretRoom {
        grid.write(
          fitting: showing, x: rect.width - DisplayWidth.of(showing), y: 1,
          width: DisplayWidth.of(showing), style: theme[.dim])
      }
    } else {
      grid.write(
        fitting: "\(state.rows.count) of \(state.store.actions.count) actions match", x: 0, y: 1,
        width: rect.width,
        style: theme[.message])
    }
    for (offset, line) in lines.enumerated() where 2 + offset < rect.maxY - 1 {
      grid.write(
        fitting: line, x: 0, y: 2 + offset, width: rect.width,
        style: theme[error == nil ? .dim : .error])
    }
    let border = String(repeating: "─", count: rect.width)
    grid.write(border, x: 0, y: rect.maxY - 1, style: theme[.border])
  }

  /// One line of editable text with its cursor shown as a reversed cell, scrolled so the
  /// cursor stays in view.
  static func drawEditor(
    _ editor: LineEditor, prompt: String, x: Int, y: Int, width: Int, theme: Theme,
    showsCursor: Bool = true, into grid: inout Grid
  ) {
    var style = theme[.editor]
    grid.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
    let promptEnd = grid.write(prompt, x: x, y: y, style: theme[.overlayTitle], limit: width)
    let start = visibleStart(editor, prompt: prompt, width: width)
    var column = promptEnd
    var cells = 0
    for (index, character) in editor.characters.enumerated() {
      let characterWidth = DisplayWidth.of(Grid.displayable(character))
      defer { cells += characterWidth }
      guard cells >= start else { continue }
      guard column + characterWidth <= x + width else { break }
      var cellStyle = style
      if showsCursor, index == editor.cursor { cellStyle.isReversed.toggle() }
      column = grid.write(String(character), x: column, y: y, style: cellStyle)
    }
    if showsCursor, editor.cursor == editor.characters.count, column < x + width {
      style.isReversed.toggle()
      grid.write(" ", x: column, y: y, style: style)
    }
  }

  /// Cells of the text scrolled off the left so the cursor is visible.
  static func visibleStart(_ editor: LineEditor, prompt: String, width: Int) -> Int {
    let room = max(1, width - DisplayWidth.of(prompt) - 1)
    let before = DisplayWidth.of(Grid.visible(String(editor.characters.prefix(editor.cursor))))
    return max(0, before - room + 1)
  }
}
