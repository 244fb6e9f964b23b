import Foundation

/// The lines of a file as Boardwalk counts them, worked out from its bytes alone: lines end
/// at line feeds, and a line's length is its characters (every byte that is not a UTF-8
/// continuation byte counts one), so a column can be checked to lie inside its line.
struct FileLines {
  /// The number of characters on each line, the first line first.
  let lengths: [Int]

  init(path: String) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    var lengths = [0]
    for byte in bytes {
      if byte == 0x0A {
        lengths.append(0)
      } else if byte & 0xC0 != 0x80 {
        lengths[lengths.count - 1] += 1
      }
    }
    self.lengths = lengths
  }

  /// Whether line and column name a place in the file: a character of a line, or just after
  /// a line's last character (where a value or the file can end).
  func contains(line: Int, column: Int) -> Bool {
    guard line >= 1, line <= lengths.count, column >= 1 else { return false }
    return column <= lengths[line - 1] + 1
  }
}
