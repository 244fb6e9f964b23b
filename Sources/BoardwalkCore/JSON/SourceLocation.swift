import Foundation

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

  /// The line and column of a byte offset (clamped to the end of the file). Counts the
  /// characters of its line before it: for many offsets, use ``locations(ofOffsets:)``.
  public func location(ofOffset offset: Int) -> SourceLocation {
    let offset = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let start = lineStarts[low]
    let column = bytes.withUnsafeBufferPointer { SourceWalker.characters(in: $0, start..<offset) }
    return SourceLocation(line: low + 1, column: column + 1)
  }

  /// The line and column of each offset (in any order; each clamped to the file), found in
  /// one walk forward through the file: a one-line file with thousands of offsets costs what
  /// its bytes cost, not its bytes times its offsets.
  public func locations(ofOffsets offsets: [Int]) -> [SourceLocation] {
    bytes.withUnsafeBufferPointer { buffer in
      var walker = SourceWalker(buffer)
      return walker.locations(ofOffsets: offsets)
    }
  }
}

/// Walks forward through a file's bytes, giving offsets their line and column: each byte
/// before the last offset asked for is looked at by `memchr` (line feeds) and at most once
/// more (characters of the last line), however many offsets are asked for. Offsets asked
/// for in ascending order cost one walk; an earlier offset starts the walk again.
struct SourceWalker {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var line = 1
  private var column = 1
  /// Bytes passed over so far, by either scan: the work done, for tests.
  private(set) var bytesExamined = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The location of `offset`, clamped to the file.
  mutating func location(of offset: Int) -> SourceLocation {
    let offset = max(0, min(offset, bytes.count))
    if offset < position {
      position = 0
      line = 1
      column = 1
    }
    guard let base = bytes.baseAddress, offset > position else {
      return SourceLocation(line: line, column: column)
    }
    var from = position
    while from < offset, let found = memchr(base + from, 0x0A, offset - from) {
      let newline = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
      line += 1
      column = 1
      from = newline + 1
    }
    bytesExamined += offset - position
    column += Self.characters(in: bytes, from..<offset)
    bytesExamined += offset - from
    position = offset
    return SourceLocation(line: line, column: column)
  }

  /// The locations of `offsets`, given in any order, in one forward walk.
  mutating func locations(ofOffsets offsets: [Int]) -> [SourceLocation] {
    var result = Array(repeating: SourceLocation(line: 1, column: 1), count: offsets.count)
    for index in offsets.indices.sorted(by: { offsets[$0] < offsets[$1] }) {
      result[index] = location(of: offsets[index])
    }
    return result
  }

  /// Characters (UTF-8 sequences: bytes that are not continuation bytes) in `range`, eight
  /// bytes a step.
  static func characters(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var index = range.lowerBound
    var count = 0
    while index + 8 <= range.upperBound {
      let word = ByteScan.word(bytes, at: index)
      // A continuation byte is 10xxxxxx: its top bit set and the next bit clear.
      let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
      count += 8 - continuations.nonzeroBitCount
      index += 8
    }
    while index < range.upperBound {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }
}
