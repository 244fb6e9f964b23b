import BoardwalkUI
import Testing

@Suite("Over CJK, emoji and control characters, no row of the grid is wider than the grid")
struct CellWidthTests {
  @Test("every row's cells add up to exactly the grid's width", arguments: ScreenCase.all)
  func rowsFit(screenCase: ScreenCase) throws {
    let grid = try screenCase.screen().grid
    for y in 0..<grid.height {
      let drawn = grid.characters(inRow: y)
      let counted = drawn.reduce(0) { $0 + ExpectedWidth.of($1.character) }
      #expect(counted == grid.width, "row \(y): \(grid.row(y))")
    }
  }

  @Test("each cell's width is the width of its character", arguments: ScreenCase.all)
  func cellWidths(screenCase: ScreenCase) throws {
    let grid = try screenCase.screen().grid
    for y in 0..<grid.height {
      for x in 0..<grid.width where grid[x, y].width != 0 {
        let cell = grid[x, y]
        #expect(
          Int(cell.width) == ExpectedWidth.of(cell.character),
          "(\(x), \(y)) \(cell.character.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
  }

  @Test(
    "every wide character is followed by its continuation cell, and only they are",
    arguments: ScreenCase.all)
  func continuations(screenCase: ScreenCase) throws {
    let grid = try screenCase.screen().grid
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        switch grid[x, y].width {
        case 2:
          #expect(x + 1 < grid.width && grid[x + 1, y].width == 0, "(\(x), \(y)) is not followed")
        case 0:
          #expect(x > 0 && grid[x - 1, y].width == 2, "(\(x), \(y)) continues nothing")
        default:
          break
        }
      }
    }
  }

  @Test(
    "the grid's text has one line per row, each exactly as wide as the grid",
    arguments: ScreenCase.all)
  func textLines(screenCase: ScreenCase) throws {
    let grid = try screenCase.screen().grid
    let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == grid.height)
    for line in lines {
      #expect(line.reduce(0) { $0 + ExpectedWidth.of($1) } == grid.width, "\(line)")
    }
  }
}
