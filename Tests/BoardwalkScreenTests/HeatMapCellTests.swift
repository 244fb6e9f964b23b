import Testing

@Suite("filtering by a heat map cell", .requiresTmux)
struct HeatMapCellTests {
  @Test("an area row's cell: Enter sets plan, area and status, and the count is the cell's")
  func areaCellFiltersToItsCount() async throws {
    let screen = try await RunningScreen.start()
    defer { screen.stop() }
    let session = screen.session
    try session.press("3")
    let map = try HeatMapReading(try await session.waitForText("Heat map · areas"))
    #expect(map.heading == "Area", "\(map)")
    // Third row, third column (Green): two steps down, two right.
    try #require(map.rows.count > 2, "\(map)")
    let row = map.rows[2]
    let cell = row.counts[2]
    #expect(cell > 0, "pick a cell that counts something: \(map)")
    let parts = row.label.split(separator: " ")
    try #require(parts.count == 2, "an area row reads AREA PLAN: \(row.label)")
    let filter = "plan:\(parts[1]) area:\(parts[0]) status:green"
    try session.press("j", "j", "l", "l")
    try session.press("Enter")
    let capture = try await session.waitForScreen("the cell's filter in the header") {
      $0.headerFilter == filter
    }
    #expect(capture.actionCount?.shown == cell, "\(capture)")
    #expect(try ListQuery.count(filter: filter) == cell)
  }

  @Test("an owner row's overdue cell: Enter sets owner: and due:overdue, the count is the cell's")
  func ownerOverdueCellFiltersToItsCount() async throws {
    let screen = try await RunningScreen.start()
    defer { screen.stop() }
    let session = screen.session
    try session.press("3", "H")
    let map = try HeatMapReading(try await session.waitForText("Heat map · owners"))
    #expect(map.heading == "Owner", "\(map)")
    // The first visible owner whose name is shown whole and who has overdue actions.
    let overdue = HeatMapReading.columnTitles.count - 1
    let index = try #require(
      map.rows.firstIndex { !$0.label.hasSuffix("…") && $0.counts[overdue] > 0 }, "\(map)")
    let owner = map.rows[index].label
    let cell = map.rows[index].counts[overdue]
    let quoted = owner.contains(" ") || owner.contains(",") ? "\"\(owner)\"" : owner
    let filter = "owner:\(quoted) due:overdue"
    try session.press(
      Array(repeating: "j", count: index) + Array(repeating: "l", count: overdue))
    try session.press("Enter")
    let capture = try await session.waitForScreen("the cell's filter in the header") {
      $0.headerFilter == filter
    }
    #expect(capture.actionCount?.shown == cell, "\(capture)")
    #expect(try ListQuery.count(filter: filter) == cell)
  }
}
