import BoardwalkCore

/// The mark a scrolling pane or overlay puts in its bottom border: `↓ more` while there is
/// more below, `end` at the end. In the border, so it never covers the text.
enum ScrollMark {
  static func draw(more: Bool, below inner: Rect, theme: Theme, into grid: inout Grid) {
    let mark = more ? " ↓ more " : " end "
    let width = DisplayWidth.of(mark)
    guard inner.width >= width else { return }
    grid.write(mark, x: inner.maxX - width, y: inner.maxY, style: theme[.dim])
  }
}
