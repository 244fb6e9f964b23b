extension AppState {
  /// A click or wheel turn.
  mutating func handleMouse(_ mouse: MouseEvent) {
    // A click on the heat map acts on its counts: they are brought up to date first.
    refreshHeatMapIfShown()
    let layout = self.layout
    if case .picker(var picker) = overlay {
      clickPicker(mouse, &picker)
      return
    }
    guard overlay == nil, layout.mode != .tooSmall else { return }
    if let tabs = layout.tabs, tabs.contains(x: mouse.x, y: mouse.y), mouse.kind == .press {
      if let pane = TabBar.pane(atX: mouse.x, in: tabs) { show(pane) }
      return
    }
    guard let pane = layout.pane(atX: mouse.x, y: mouse.y), let rect = layout.panes[pane] else {
      return
    }
    switch mouse.kind {
    case .scrollUp, .scrollDown:
      focus = pane
      for _ in 0..<3 { perform(mouse.kind == .scrollUp ? .moveUp : .moveDown) }
    case .press, .doubleClick:
      let wasFocused = focus == pane
      focus = pane
      click(pane, rect: rect, mouse: mouse, again: wasFocused)
    }
  }

  private mutating func click(_ pane: Pane, rect: Rect, mouse: MouseEvent, again: Bool) {
    let layout = self.layout
    switch pane {
    case .actions:
      let row = table.scroll + mouse.y - rect.y - 2
      guard row >= 0, row < rows.count, mouse.y >= rect.y + 2 else { return }
      let same = row == table.selected
      table.select(row, count: rows.count, visible: layout.contentRows(of: .actions))
      if !same { detailScroll = 0 }
      if (same && again) || mouse.kind == .doubleClick { perform(.activate) }
    case .areas:
      let row = areasCursor.scroll + mouse.y - rect.y - 1
      guard row >= 0, row < areaItems.count, mouse.y >= rect.y + 1 else { return }
      areasCursor.select(row, count: areaItems.count, visible: layout.contentRows(of: .areas))
      selectArea()
    case .heatMap:
      let row = heatCursor.scroll + mouse.y - rect.y - 2
      let geometry = HeatMapGeometry(
        content: rect.inset(by: 1), columnCount: heatColumns.count,
        largestCount: heatMapLargestCount)
      guard row >= 0, row < heatMap.count, mouse.y >= rect.y + 2 else { return }
      let same = row == heatCursor.selected && geometry.column(atX: mouse.x) == heatColumn
      heatCursor.select(row, count: heatMap.count, visible: layout.contentRows(of: .heatMap))
      if let column = geometry.column(atX: mouse.x) { heatColumn = column }
      if (same && again) || mouse.kind == .doubleClick { perform(.activate) }
    case .detail:
      break
    }
  }

  private mutating func clickPicker(_ mouse: MouseEvent, _ picker: inout PickerState) {
    let box = PickerView.box(width: width, height: height, rows: pickerRows)
    let row = picker.cursor.scroll + mouse.y - box.y - 3
    switch mouse.kind {
    case .scrollUp:
      picker.cursor.move(by: -3, count: picker.visibleItems.count, visible: pickerRows)
    case .scrollDown:
      picker.cursor.move(by: 3, count: picker.visibleItems.count, visible: pickerRows)
    case .press, .doubleClick:
      guard box.contains(x: mouse.x, y: mouse.y), row >= 0, row < picker.visibleItems.count,
        mouse.y >= box.y + 3
      else {
        if !box.contains(x: mouse.x, y: mouse.y) { overlay = nil }
        return
      }
      let same = row == picker.cursor.selected
      picker.cursor.select(row, count: picker.visibleItems.count, visible: pickerRows)
      if same || mouse.kind == .doubleClick {
        overlay = .picker(picker)
        handleOverlay(.enter)
        return
      }
    }
    overlay = .picker(picker)
  }
}
