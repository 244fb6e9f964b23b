import Testing

@Suite("text from a plan never reaches the terminal raw", .requiresTmux)
struct HostileTextTests {
  /// What each escape sequence in Fixtures/hostile-plan.json looks like once its ESC (or
  /// C1 control) is shown as a visible placeholder: the rest of the sequence as text.
  static let visibleRemains = [
    "[5;5H",  // cursor movement (title of H1.1)
    "[31m",  // colour (owner of H1.1)
    "[2J",  // screen clear (title of H1.2)
    "]2;pwned",  // window title (title of H1.3)
    "]8;;http://x",  // hyperlink (title of H1.4)
    "2J csi",  // CSI as the C1 control U+009B (title of H1.5)
    "[?1049l",  // leave the alternate screen (outcomes of H1.5)
    "c resets",  // full reset, ESC c (update of H1.5)
  ]

  @Test("escape sequences show as placeholders; the title, the screen and its modes stay intact")
  func hostilePlanLeavesTheTerminalAlone() async throws {
    var launch = AppLaunch(arguments: ["--today", PackagePaths.sampleToday, Fixtures.hostilePlan])
    launch.standardError = "/dev/null"
    // 200x60 shows areas, table and a detail pane tall enough for H1.5's outcomes and update.
    let screen = try await RunningScreen.start(
      width: 200, height: 60, launch: launch, readyText: "5 of 5 actions")
    defer { screen.stop() }
    let session = screen.session
    let initial = try TerminalModes(session)
    // Walk to the last action so every title, outcome and update has been drawn.
    try session.press("j", "j", "j", "j")
    let capture = try await session.waitForScreen("the detail of H1.5 with its update") {
      $0.contains("H1.5 · hostile") && $0.contains("c resets")
    }
    let modes = try TerminalModes(session)
    #expect(modes.title == TmuxSession.title, "the window title was changed: \(modes)")
    #expect(modes == initial, "modes changed while drawing: \(initial) -> \(modes)")
    #expect(capture.lines.count == 60)
    #expect(capture.lines.first?.hasPrefix(" Boardwalk") == true, "\(capture)")
    #expect(capture.lines.last?.contains("q quit") == true, "\(capture)")
    // Every row between header and status line starts and ends on a pane border: nothing
    // moved the cursor, cleared the screen or shifted a row.
    for (index, line) in capture.lines.enumerated() where (2..<59).contains(index) {
      let framed =
        ["│", "┌", "└"].contains(line.first.map(String.init) ?? "")
        && ["│", "┐", "┘"].contains(line.last.map(String.init) ?? "")
      #expect(framed, "row \(index + 1) is not framed:\n\(capture)")
    }
    for remains in HostileTextTests.visibleRemains {
      let line = try #require(
        capture.line(containing: remains), "\(remains) not shown:\n\(capture)")
      let range = try #require(line.range(of: remains))
      let before = line[..<range.lowerBound].last
      #expect(
        before.map { !$0.isWhitespace && $0 != "\u{1B}" && $0 != "\u{9B}" } == true,
        "no visible placeholder before \(remains) in: \(line)")
    }
    try session.press("q")
    #expect(try await screen.exitStatus() == 0)
    #expect(try TerminalModes(session).title == TmuxSession.title)
  }
}
