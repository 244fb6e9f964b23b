import Testing

@Suite("resizing the terminal", .requiresTmux)
struct ResizeTests {
  struct Step: Sendable, CustomStringConvertible {
    let width: Int
    let height: Int
    let layout: ExpectedLayout

    init(_ width: Int, _ height: Int, _ layout: ExpectedLayout) {
      self.width = width
      self.height = height
      self.layout = layout
    }

    var description: String { "\(width)x\(height) \(layout)" }
  }

  /// Resizes through `steps`, waiting at each for the new layout; then q must still quit.
  private func walk(_ steps: [Step], from start: Step) async throws {
    let screen = try await RunningScreen.start(width: start.width, height: start.height)
    defer { screen.stop() }
    let session = screen.session
    try await session.waitForScreen("the layout of \(start)") {
      start.layout.matches($0, width: start.width, height: start.height)
    }
    for step in steps {
      try session.resize(width: step.width, height: step.height)
      try await session.waitForScreen("the layout of \(step)") {
        step.layout.matches($0, width: step.width, height: step.height)
      }
    }
    try session.press("q")
    #expect(try await screen.exitStatus() == 0)
  }

  @Test("120x40 to 80x24 to 200x50 to 39x11 (too small) and back to 120x40 re-lays out each time")
  func relaysOutAtEverySize() async throws {
    try await walk(
      [
        Step(80, 24, .narrow), Step(200, 50, .wide), Step(39, 11, .tooSmall),
        Step(120, 40, .medium),
      ],
      from: Step(120, 40, .medium))
  }

  @Test("40x12 is the smallest usable size; one column or row less says too small, q still quits")
  func minimumSizeBoundary() async throws {
    try await walk(
      [Step(40, 12, .narrow), Step(39, 12, .tooSmall), Step(40, 11, .tooSmall)],
      from: Step(120, 40, .medium))
  }
}
