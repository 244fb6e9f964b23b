/// A line and column in a text file, both counted from 1; columns count characters
/// (Unicode scalars), not bytes.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public let line: Int
  public let column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}

/// Turns byte offsets into line and column numbers for one file's bytes.
public struct LineIndex: Sendable {
  private let lineStarts: [Int]
  private let bytes: [UInt8]

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    // Line feeds are found with memchr: a file of hundreds of megabytes is indexed at once.
    let lineFeed: [UInt8] = [0x0A]
    bytes.withUnsafeBufferPointer { buffer in
      lineFeed.withUnsafeBufferPointer { needle in
        var from = 0
        while let found = ByteSearch.firstOffset(of: needle, in: buffer, from: from) {
          starts.append(found + 1)
          from = found + 1
        }
      }
    }
    lineStarts = starts
  }

  /// The line and column of a byte offset (clamped to the end of the file).
  public func location(ofOffset offset: Int) -> SourceLocation {
    let offset = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let start = lineStarts[low]
    var column = 1
    for index in start..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
    return SourceLocation(line: low + 1, column: column)
  }
}
