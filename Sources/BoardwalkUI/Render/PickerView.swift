import BoardwalkCore

/// A quick picker: its query, a hint, and the matching items with their choice marks.
enum PickerView {
  /// Where the picker box sits on a `width` x `height` screen showing `rows` items.
  static func box(width: Int, height: Int, rows: Int) -> Rect {
    OverlayBox.centred(
      width: min(78, width - 2), height: rows + 4, screenWidth: width, screenHeight: height)
  }

  static func draw(_ state: AppState, picker: PickerState, into grid: inout Grid) {
    let theme = state.theme
    let rect = box(width: state.width, height: state.height, rows: state.pickerRows)
    let chosen = picker.chosen.isEmpty ? "" : " · \(picker.chosen.count) chosen"
    let inner = OverlayBox.draw(
      "\(picker.kind.title)\(chosen)", in: rect, theme: theme, into: &grid)
    guard inner.width > 8, inner.height > 2 else { return }
    EditorBar.drawEditor(
      picker.query, prompt: "› ", x: inner.x, y: inner.y, width: inner.width, theme: theme,
      into: &grid)
    let keyMap = state.keyMap
    let (matches, looked, total) = picker.progress
    let status: String
    if picker.isSearching {
      status = "matching… \(looked * 100 / max(1, total))%"
    } else if matches > picker.visibleItems.count {
      status = "best \(picker.visibleItems.count) of \(matches): type more"
    } else {
      status = "type to match"
    }
    let hint = [
      status,
      keyMap.keysText(for: .toggleChoice, in: .picker).map { "\($0) chooses several" },
      keyMap.keysText(for: .accept, in: .picker).map { "\($0) applies" },
      keyMap.keysText(for: .cancel, in: .picker).map { "\($0) cancels" },
    ].compactMap { $0 }.joined(separator: " · ")
    grid.write(
      fitting: hint, x: inner.x, y: inner.y + 1, width: inner.width, style: theme[.dim])
    let rows = inner.height - 2
    if picker.visibleItems.isEmpty {
      grid.write(
        fitting: "Nothing matches", x: inner.x, y: inner.y + 2, width: inner.width,
        style: theme[.dim])
      return
    }
    for line in 0..<rows {
      let index = picker.cursor.scroll + line
      guard index < picker.visibleItems.count else { break }
      let item = picker.visibleItems[index]
      let y = inner.y + 2 + line
      let style = index == picker.cursor.selected ? theme[.selection] : theme[.overlay]
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
      let mark = picker.chosen.contains(item) ? "[x] " : "[ ] "
      // The detail gets a third of the row, or all the room a short title leaves.
      let titleWidth = DisplayWidth.of(Grid.visible(mark + item.title))
      let detailWidth = min(
        DisplayWidth.of(item.detail), max(inner.width / 3, inner.width - titleWidth - 2))
      grid.write(
        fitting: mark + item.title, x: inner.x, y: y, width: inner.width - detailWidth - 1,
        style: style)
      if detailWidth > 0 {
        var dim = theme[.dim]
        dim.background = style.background
        dim.isReversed = style.isReversed
        grid.write(
          fitting: item.detail, x: inner.maxX - detailWidth, y: y, width: detailWidth, style: dim)
      }
    }
  }
}
