/// Which of a form's fields a box shows, and how: each field on two rows (the field, then
/// its hint) when they all fit in `rows`; otherwise one row a field with the focused field's
/// hint beneath it, as many fields as fit, the window following the focused field, so no
/// field is ever out of reach on a small screen.
struct FormLayout: Equatable {
  /// The fields shown, top to bottom.
  let shown: Range<Int>
  /// Whether every field shown has its hint beneath it (else only the focused one has).
  let hintsAll: Bool
  let focused: Int

  init(fields: Int, focused: Int, rows: Int) {
    self.focused = focused
    guard fields > 0, rows > 0 else {
      shown = 0..<0
      hintsAll = true
      return
    }
    if fields * 2 <= rows {
      shown = 0..<fields
      hintsAll = true
      return
    }
    hintsAll = false
    // One row for the focused field's hint.
    let count = min(fields, max(1, rows - 1))
    let focused = min(max(0, focused), fields - 1)
    let first = min(max(0, focused - count / 2), fields - count)
    shown = first..<(first + count)
  }

  /// Whether field `index` has its hint on the row beneath it.
  func showsHint(of index: Int) -> Bool { hintsAll || index == focused }

  /// The rows the fields take.
  var height: Int { shown.reduce(0) { $0 + (showsHint(of: $1) ? 2 : 1) } }
}
