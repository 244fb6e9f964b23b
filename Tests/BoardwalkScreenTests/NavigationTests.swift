import Testing

@Suite("moving around the screen", .requiresTmux)
struct NavigationTests {
  @Test("j and k move the table's selection, and the detail pane follows it")
  func jAndKMoveTheSelection() async throws {
    let screen = try await RunningScreen.start()
    defer { screen.stop() }
    let session = screen.session
    try await session.waitForText("Actions · 1/231")
    try session.press("j", "j", "k")
    // The first two actions of the first plan file (demo-northbrook) are APA1.1 and APA1.2.
    try await session.waitForScreen("row 2 selected, its detail shown") {
      $0.contains("Actions · 2/231") && $0.contains("APA1.2 · demo-northbrook")
    }
  }

  @Test("Tab moves the focus through heat map, detail, areas and back to actions")
  func tabCyclesThePanes() async throws {
    let screen = try await RunningScreen.start()
    defer { screen.stop() }
    let session = screen.session
    try session.press("Tab")
    try await session.waitForScreen("the heat map focused, its keys in the status line") {
      $0.contains("┌ Heat map") && $0.lines.last?.contains("filter to cell") == true
    }
    try session.press("Tab")
    try await session.waitForScreen("the detail pane back under the table") {
      $0.contains("┌ Detail") && !$0.contains("┌ Heat map")
        && $0.lines.last?.contains("filter to cell") == false
    }
    try session.press("Tab")
    try await session.waitForScreen("the areas focused") {
      $0.lines.last?.contains("filter to area") == true
    }
    try session.press("Tab")
    try await session.waitForScreen("the actions table focused again") {
      $0.lines.last?.contains("Enter open") == true
    }
  }

  @Test("o, part of an owner's name, Enter: the header shows owner: and list's count for it")
  func ownerPickerFiltersToOneOwner() async throws {
    let owner = "Principal Educational Psychologist"
    let filter = "owner:\"\(owner)\""
    let expected = try ListQuery.count(filter: filter)
    #expect(expected > 0)
    let screen = try await RunningScreen.start()
    defer { screen.stop() }
    let session = screen.session
    try session.press("o")
    try await session.waitForText("type to match")
    try session.type("psycholog")
    try await session.waitForScreen("the picker narrowed to the owner") {
      $0.contains("› psycholog") && $0.contains(owner)
    }
    try session.press("Enter")
    let capture = try await session.waitForScreen("the owner filter in the header") {
      $0.headerFilter == filter
    }
    #expect(capture.actionCount?.shown == expected, "\(capture)")
    #expect(capture.actionCount?.total == 231, "\(capture)")
  }
}
