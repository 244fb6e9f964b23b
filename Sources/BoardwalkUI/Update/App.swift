/// The update function: the one way the screen's state changes.
public enum App {
  /// The state after `event`.
  ///
  /// The state is taken, not borrowed: a caller that hands over its only copy
  /// (`state = App.update(consume state, event)`, as the shell does) lets the update change
  /// the meeting's record in place, so saving an entry costs that entry, not a copy of
  /// every entry before it.
  public static func update(_ state: consuming AppState, _ event: Event) -> AppState {
    var next = state
    next.handle(event)
    return next
  }
}

extension AppState {
  mutating func handle(_ event: Event) {
    switch event {
    case .resize(let newWidth, let newHeight):
      width = max(0, newWidth)
      height = max(0, newHeight)
      keepSelectionsVisible()
    case .tick:
      continuePendingWork()
    case .interrupt:
      interrupt()
    case .key(let key) where keyMap.command(for: key, in: .always) == .interrupt:
      interrupt()
    case .key(let key):
      message = nil
      if isAskingToQuit {
        answerQuitQuestion(key)
      } else if layout.mode == .tooSmall {
        // Nothing is drawn but the message, so nothing else may change unseen.
        if keyMap.command(for: key, in: .screen) == .quit { quitLosingNothingUnasked() }
      } else if overlay != nil {
        handleOverlay(key)
      } else if meeting != nil {
        handleMeeting(key)
      } else if handleReturnKey(key) {
        // A key of the lead's return, or of what is being written in it.
      } else if let command = keyMap.command(for: key, in: .screen, pane: focus) {
        // A key on the heat map acts on its counts: they are brought up to date first.
        if focus == .heatMap { refreshHeatMapIfShown() }
        perform(command)
      }
    case .paste(let text):
      if layout.mode != .tooSmall { pasteIntoOverlay(text) }
    case .mouse(let mouse):
      if meeting == nil, layout.mode != .tooSmall { handleMouse(mouse) }
    case .feedback(let feedback):
      handle(feedback)
    }
  }

  /// Whether work is left that the next ticks will do (a picker still matching its query):
  /// the shell then sends ticks instead of waiting for a key.
  public var hasPendingWork: Bool {
    if case .picker(let picker) = overlay, picker.isSearching { return true }
    return isHeatMapCounting
  }

  /// One slice of the pending work: the heat map left to count, or the picker's next slice.
  mutating func continuePendingWork() {
    if isHeatMapCounting {
      refreshHeatMapIfShown()
      return
    }
    guard case .picker(var picker) = overlay, picker.isSearching else { return }
    picker.continueSearch()
    picker.cursor.keepVisible(count: picker.visibleItems.count, visible: max(1, pickerRows))
    overlay = .picker(picker)
  }

  /// Scrolls every list so its selection is on screen at the current size.
  mutating func keepSelectionsVisible() {
    refreshHeatMapIfShown()
    let layout = self.layout
    table.keepVisible(count: rows.count, visible: layout.contentRows(of: .actions))
    areasCursor.keepVisible(count: areaItems.count, visible: layout.contentRows(of: .areas))
    heatCursor.keepVisible(count: heatMap.count, visible: layout.contentRows(of: .heatMap))
  }
}
