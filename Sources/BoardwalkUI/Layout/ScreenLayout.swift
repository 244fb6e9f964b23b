/// Where everything goes on a screen of a given size. Wide screens show every pane; 80x24
/// shows one pane at a time with the others a key away; below 40x12 nothing but a message.
public struct ScreenLayout: Hashable, Sendable {
  public enum Mode: Hashable, Sendable {
    /// Below the minimum size: only a message.
    case tooSmall
    /// One pane at a time, chosen with tabs.
    case narrow
    /// Areas beside the table; detail or heat map below the table.
    case medium
    /// Areas and heat map, table, detail: all at once.
    case wide
  }

  /// The smallest screen Boardwalk draws on.
  public static let minimumWidth = 40
  public static let minimumHeight = 12

  public let mode: Mode
  public let width: Int
  public let height: Int
  public let header: Rect
  /// The pane tabs (narrow screens only).
  public let tabs: Rect?
  /// The visible panes, each with its border.
  public let panes: [Pane: Rect]
  public let status: Rect

  /// The layout of a `width` x `height` screen, with `focus` shown when only one pane fits and
  /// `lower` (detail or heat map) under the table on medium screens.
  public static func compute(width: Int, height: Int, focus: Pane, lower: Pane) -> ScreenLayout {
    let whole = Rect(x: 0, y: 0, width: width, height: height)
    guard width >= minimumWidth, height >= minimumHeight else {
      return ScreenLayout(
        mode: .tooSmall, width: width, height: height, header: whole, tabs: nil, panes: [:],
        status: whole)
    }
    let (header, rest) = whole.splitTop(2)
    let body = Rect(x: rest.x, y: rest.y, width: rest.width, height: rest.height - 1)
    let status = Rect(x: 0, y: height - 1, width: width, height: 1)
    if width >= 160 && height >= 30 {
      // The left column (areas, heat map) grows with the screen, so area titles and owners
      // in the heat map can be read: 40 columns at 160, 50 at 200.
      let left = min(56, max(36, width / 4))
      let right = min(70, max(48, width * 3 / 10))
      let (leftColumn, restColumns) = body.splitLeft(left)
      let (center, detail) = restColumns.splitLeft(restColumns.width - right)
      let (areas, heat) = leftColumn.splitTop(leftColumn.height / 2)
      return ScreenLayout(
        mode: .wide, width: width, height: height, header: header, tabs: nil,
        panes: [.areas: areas, .heatMap: heat, .actions: center, .detail: detail], status: status)
    }
    if width >= 100 && height >= 24 {
      let (areas, right) = body.splitLeft(min(38, max(28, width / 4)))
      let (table, below) = right.splitTop(right.height * 3 / 5)
      let lowerPane: Pane = lower == .heatMap ? .heatMap : .detail
      return ScreenLayout(
        mode: .medium, width: width, height: height, header: header, tabs: nil,
        panes: [.areas: areas, .actions: table, lowerPane: below], status: status)
    }
    let (tabs, pane) = body.splitTop(1)
    return ScreenLayout(
      mode: .narrow, width: width, height: height, header: header, tabs: tabs, panes: [focus: pane],
      status: status)
  }

  /// The pane drawn at a cell, if any.
  public func pane(atX x: Int, y: Int) -> Pane? {
    panes.first { $0.value.contains(x: x, y: y) }?.key
  }

  /// Rows of content a pane shows (inside its border, below any column headings).
  public func contentRows(of pane: Pane) -> Int {
    guard let rect = panes[pane] else { return 0 }
    let headings = pane == .actions || pane == .heatMap ? 1 : 0
    return max(1, rect.height - 2 - headings)
  }
}
