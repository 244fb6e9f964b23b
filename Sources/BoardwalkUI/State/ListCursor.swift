/// A selection in a scrolling list: which row is selected and which is at the top.
public struct ListCursor: Hashable, Sendable {
  public var selected = 0
  public var scroll = 0

  public init(selected: Int = 0, scroll: Int = 0) {
    self.selected = selected
    self.scroll = scroll
  }

  /// Moves by `delta` rows within `count` rows, keeping the selection visible in `visible` rows.
  public mutating func move(by delta: Int, count: Int, visible: Int) {
    guard count > 0 else {
      selected = 0
      scroll = 0
      return
    }
    selected = selected.moved(by: delta, within: 0...(count - 1))
    keepVisible(count: count, visible: visible)
  }

  /// Selects row `row` (clamped).
  public mutating func select(_ row: Int, count: Int, visible: Int) {
    selected = 0
    move(by: row, count: count, visible: visible)
  }

  /// Scrolls so the selected row is on screen, and no further than needed.
  public mutating func keepVisible(count: Int, visible: Int) {
    guard count > 0, visible > 0 else {
      scroll = 0
      return
    }
    selected = min(max(0, selected), count - 1)
    if selected < scroll { scroll = selected }
    if selected >= scroll + visible { scroll = selected - visible + 1 }
    scroll = min(max(0, scroll), max(0, count - visible))
  }
}
