/// The text of a tmux pane as `capture-pane -p` prints it: one string per row, trailing
/// spaces trimmed. A wide character appears once, so an index into a row is not a column.
struct ScreenCapture: Sendable, CustomStringConvertible {
  let lines: [String]

  init(_ text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    self.lines = lines
  }

  func contains(_ text: String) -> Bool {
    lines.contains { $0.contains(text) }
  }

  /// The first row holding `text`.
  func line(containing text: String) -> String? {
    lines.first { $0.contains(text) }
  }

  /// The index of the last row ending with `text`: what a command printed, perhaps after a
  /// prompt the shell wrote late (when keys arrive before it, the tty echoes them first).
  func lastIndex(ofLineEndingWith text: String) -> Int? {
    lines.lastIndex { $0.hasSuffix(text) }
  }

  var description: String {
    let numbered = lines.enumerated().map { index, line in
      (index + 1 < 10 ? " " : "") + "\(index + 1)|" + line
    }
    return numbered.joined(separator: "\n")
  }
}
