/// Line and column of a byte offset, worked out from the bytes alone as plan-format.md
/// defines them: lines end at line feeds, and columns count characters from 1 (every byte
/// that is not a UTF-8 continuation byte starts one).
enum ByteLocation {
  static func of(_ offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in bytes[..<offset] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
