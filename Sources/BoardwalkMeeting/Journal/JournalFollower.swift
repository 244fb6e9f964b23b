import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a journal another screen is writing, entry by entry as it grows: how a second
/// screen follows a meeting read-only (the chair's projector while the minute-taker
/// records). It never writes.
public struct JournalFollower: Sendable {
  public let path: String
  /// Where the entries read so far end.
  private var offset: Int
  private var lastSequence: Int

  /// Follows the journal at `path` from the end of `contents`, read from it just before.
  public init(path: String, contents: JournalContents) {
    self.path = path
    offset = contents.completeLength
    lastSequence = contents.entries.last?.sequence ?? 0
  }

  /// The whole entries written since the last call (none when it has not grown, or when
  /// its last line is still being written).
  /// - Throws: ``JournalError`` when the journal got shorter (replaced or cut) or damaged.
  public mutating func newEntries() throws(JournalError) -> [JournalEntry] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw JournalError(
        "\(path): cannot read the journal any more (\(String(cString: strerror(errno))))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return [] }
    let size = Int(status.st_size)
    guard size >= offset else {
      throw JournalError(
        "\(path) got shorter while it was followed: it was replaced or cut; open it again")
    }
    guard size > offset else { return [] }
    var bytes = [UInt8](repeating: 0, count: size - offset)
    let count = bytes.withUnsafeMutableBytes {
      pread(descriptor, $0.baseAddress, $0.count, off_t(offset))
    }
    guard count > 0 else { return [] }
    let contents = try JournalContents.parse(
      Array(bytes[..<count]), file: path, after: lastSequence)
    offset += contents.completeLength
    if let last = contents.entries.last { lastSequence = last.sequence }
    return contents.entries
  }
}
