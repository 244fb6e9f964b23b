import BoardwalkUI
import Testing

/// At 40x12 the table shows five of the thirteen actions, so moving has to scroll.
@Suite("Moving and paging in the table keeps the selected row visible and stops at the ends")
struct TableMovementTests {
  /// Rows of actions the table shows at 40x12.
  static let visibleRows = 5

  /// The ids the table draws, top to bottom.
  static func drawnIDs(_ screen: Screen) -> [String] {
    let grid = screen.grid
    guard let heading = grid.rows(containing: "RAG Action").first else { return [] }
    // With several plans loaded the plan comes first, then the id.
    let idColumn = grid.row(heading).dropFirst().hasPrefix("Plan") ? 1 : 0
    return ((heading + 1)..<(heading + 1 + visibleRows)).compactMap { y in
      let cells = grid.row(y).dropFirst().split(separator: " ")
      return cells.indices.contains(idColumn) ? String(cells[idColumn]) : nil
    }
  }

  @Test("j moves down one row; the view scrolls only once the selection reaches its bottom")
  func downScrollsAtTheBottom() throws {
    var screen = try Screen(width: 40, height: 12)
    screen.type("jjjj")
    #expect(screen.selectedID == "2.2")
    #expect(Self.drawnIDs(screen) == ["1.1", "1.2", "1.3", "2.1", "2.2"])
    screen.type("j")
    #expect(screen.selectedID == "2.3")
    #expect(Self.drawnIDs(screen) == ["1.2", "1.3", "2.1", "2.2", "2.3"])
  }

  @Test("k moves up; the view scrolls once the selection passes its top")
  func upScrollsAtTheTop() throws {
    var screen = try Screen(width: 40, height: 12)
    screen.type("G")
    #expect(Self.drawnIDs(screen) == ["AP-2", "PS-1", "PS-2", "CF-1", "IN-1"])
    screen.type("kkkk")
    #expect(screen.selectedID == "AP-2")
    #expect(Self.drawnIDs(screen) == ["AP-2", "PS-1", "PS-2", "CF-1", "IN-1"])
    screen.type("k")
    #expect(screen.selectedID == "AP-1")
    #expect(Self.drawnIDs(screen) == ["AP-1", "AP-2", "PS-1", "PS-2", "CF-1"])
  }

  @Test("G and End go to the last row, g and Home to the first; moving past either end stays there")
  func clampsAtTheEnds() throws {
    var screen = try Screen(width: 40, height: 12)
    screen.type("k")
    #expect(screen.selectedID == "1.1")
    screen.type("G")
    #expect(screen.selectedID == "IN-1")
    screen.type("jjj")
    #expect(screen.selectedID == "IN-1")
    #expect(screen.grid.row(3).contains("Actions · 13/13"))
    screen.press(.home)
    #expect(screen.selectedID == "1.1")
    screen.press(.end)
    #expect(screen.selectedID == "IN-1")
    screen.type("g")
    #expect(screen.selectedID == "1.1")
    #expect(Self.drawnIDs(screen) == ["1.1", "1.2", "1.3", "2.1", "2.2"])
  }

  @Test("PgDn and PgUp move a page (the visible rows less one) and stop at the ends")
  func paging() throws {
    var screen = try Screen(width: 40, height: 12)
    var selected: [String?] = []
    for _ in 0..<4 {
      screen.press(.pageDown)
      selected.append(screen.selectedID)
      #expect(Self.drawnIDs(screen).contains(screen.selectedID ?? "none"))
    }
    #expect(selected == ["2.2", "AP-2", "IN-1", "IN-1"])
    selected = []
    for _ in 0..<4 {
      screen.press(.pageUp)
      selected.append(screen.selectedID)
      #expect(Self.drawnIDs(screen).contains(screen.selectedID ?? "none"))
    }
    #expect(selected == ["AP-2", "2.2", "1.1", "1.1"])
  }

  @Test("Ctrl-F and Ctrl-B page like PgDn and PgUp")
  func controlPaging() throws {
    var screen = try Screen(width: 40, height: 12)
    screen.press(.control("f"))
    #expect(screen.selectedID == "2.2")
    screen.press(.control("b"))
    #expect(screen.selectedID == "1.1")
  }

  @Test("every single step down keeps the selected row among the drawn rows")
  func everyStepVisible() throws {
    var screen = try Screen(width: 40, height: 12)
    for _ in 0..<15 {
      screen.type("j")
      #expect(Self.drawnIDs(screen).contains(screen.selectedID ?? "none"))
    }
    for _ in 0..<15 {
      screen.type("k")
      #expect(Self.drawnIDs(screen).contains(screen.selectedID ?? "none"))
    }
  }
}
