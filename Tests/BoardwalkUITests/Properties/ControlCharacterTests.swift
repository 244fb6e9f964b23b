import BoardwalkUI
import Testing

@Suite("Text from a plan never reaches the grid as a control character")
struct ControlCharacterTests {
  /// C0 controls (ESC among them), DEL and C1 controls; and the bidirectional embedding,
  /// override and isolate controls, which reorder what follows them.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
      || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  @Test("no cell holds a C0 or C1 control, ESC, DEL or a bidi control", arguments: ScreenCase.all)
  func noControls(screenCase: ScreenCase) throws {
    let grid = try screenCase.screen().grid
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let scalars = grid[x, y].character.unicodeScalars
        #expect(
          !scalars.contains(where: Self.isControl),
          "(\(x), \(y)) holds \(scalars.map { String($0.value, radix: 16) })")
      }
    }
  }

  @Test("escape sequences show as visible placeholders: ␛ then the rest of the sequence")
  func escapesVisible() throws {
    // Wide enough for the detail to hold the whole title on one line.
    var screen = try Screen(.babel, width: 233, height: 61)
    screen.type("jjjjj")
    #expect(screen.selectedID == "ESC-1")
    let text = screen.grid.text
    #expect(text.contains("Clear ␛[2J the screen, ␛[H home, ␛]0;pwned␇ retitle, ␛[31mred␛[0m"))
    #expect(text.contains("Evil␛[31m Owner; Bell␇ Ringer"))
  }

  @Test("other controls show as their control pictures or the replacement character")
  func controlsVisible() throws {
    var screen = try Screen(.babel, width: 200, height: 50)
    screen.type("jjjjjj4")
    #expect(screen.selectedID == "ESC-2")
    #expect(screen.grid.text.contains("Controls: NUL ␀ BS ␈ DEL ␡ NEL � CSI � BEL ␇ CR"))
  }

  @Test("right-to-left overrides and isolates are replaced, the Hebrew and Arabic kept")
  func bidiControls() throws {
    var screen = try Screen(.babel, width: 233, height: 61)
    screen.type("G4")
    #expect(screen.selectedID == "RTL-1")
    #expect(
      screen.grid.text.contains(
        "שלום עולם and مرحبا بالعالم with override �evil� and isolate �x�"))
  }
}
