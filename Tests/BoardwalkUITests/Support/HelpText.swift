import BoardwalkUI

extension Screen {
  /// Every line of the help overlay, read by opening it with `?` and scrolling with `j` one
  /// line at a time until the text stops moving; box borders and trailing spaces removed.
  func helpLines() -> [String] {
    var screen = self
    screen.type("?")
    var lines = screen.helpBoxLines()
    var previous = screen.grid.text
    for _ in 0..<500 {
      screen.type("j")
      let text = screen.grid.text
      if text == previous { break }
      previous = text
      lines.append(screen.helpBoxLines().last ?? "")
    }
    return lines
  }

  /// The text inside the help box as drawn now.
  private func helpBoxLines() -> [String] {
    let grid = self.grid
    guard let top = grid.location(of: "┌ Keys") else { return [] }
    var lines: [String] = []
    for y in (top.y + 1)..<grid.height {
      let characters = grid.characters(inRow: y).filter { $0.x >= top.x }
      guard let first = characters.first, first.character == "│" else { break }
      let inside = characters.dropFirst().prefix { $0.character != "│" }
      lines.append(String(inside.map(\.character)).trimmingTrailingSpaces())
    }
    return lines
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
