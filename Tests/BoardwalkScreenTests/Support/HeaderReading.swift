/// What the screen's two header rows say: "N of M actions" and the active filter.
extension ScreenCapture {
  /// The counts in "N of M actions" on the first row.
  var actionCount: (shown: Int, total: Int)? {
    guard let first = lines.first,
      let match = first.firstMatch(of: #/(\d+) of (\d+) actions/#),
      let shown = Int(match.1), let total = Int(match.2)
    else {
      return nil
    }
    return (shown, total)
  }

  /// The filter on the second row, as written after "Filter: ".
  var headerFilter: String? {
    guard lines.count > 1, let range = lines[1].range(of: "Filter: ") else { return nil }
    return String(lines[1][range.upperBound...])
  }
}
