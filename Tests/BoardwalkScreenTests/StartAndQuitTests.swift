import Testing

@Suite("starting and quitting the screen", .requiresTmux)
struct StartAndQuitTests {
  @Test("at 120x40 the header says 231 of 231 actions and the areas, actions and detail panes show")
  func opensSampleDataWithEveryPane() async throws {
    let total = try ListQuery.sampleDataActionCount()
    #expect(total == 231, "SampleData's files hold \(total) actions")
    let screen = try await RunningScreen.start(width: 120, height: 40)
    defer { screen.stop() }
    let capture = try screen.session.capture()
    #expect(capture.lines.count == 40, "\(capture)")
    #expect(capture.lines.first?.hasSuffix("\(total) of \(total) actions") == true, "\(capture)")
    #expect(capture.lines.first?.contains("today 2026-11-22") == true, "\(capture)")
    for pane in ["┌ Areas", "┌ Actions", "┌ Detail"] {
      #expect(capture.contains(pane), "no \(pane) on screen:\n\(capture)")
    }
  }

  @Test(
    "q quits with status 0 and gives the terminal back: shell answers, stty and modes as before")
  func quitRestoresTheTerminal() async throws {
    let screen = try await RunningScreen.start()
    defer { screen.stop() }
    let running = try TerminalModes(screen.session)
    // The probe sees what the app changed, so seeing it changed back means something.
    #expect(running.alternateScreen)
    #expect(running != screen.before.modes)
    try screen.session.press("q")
    #expect(try await screen.exitStatus() == 0)
    try await RestoreCheck.expectRestored(screen)
  }
}
