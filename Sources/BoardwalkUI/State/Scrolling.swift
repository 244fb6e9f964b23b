extension Int {
  /// This position moved by `delta` and kept within `range`. The move saturates rather
  /// than overflows, so a key may ask for any distance (`G` asks for the end) however often
  /// it is pressed.
  func moved(by delta: Int, within range: ClosedRange<Int>) -> Int {
    let (sum, overflowed) = addingReportingOverflow(delta)
    let moved = overflowed ? (delta > 0 ? Int.max : Int.min) : sum
    return Swift.min(Swift.max(moved, range.lowerBound), range.upperBound)
  }
}
