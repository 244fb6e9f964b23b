import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A meeting journal on disk, open for appending. Each entry is written whole and flushed to
/// the disk (fsync) before `append` returns, so an entry the screen shows as saved survives
/// a crash, kill -9 or a power cut.
public final class JournalFile {
  public let path: String
  private let descriptor: Int32
  public private(set) var entries: [JournalEntry]
  /// What was cut from a torn last line when the journal was opened, if anything.
  public let tornTail: String?

  /// Opens (or creates) the journal at `path`. A torn last line is reported in `tornTail`,
  /// kept in a `PATH.torn` file beside the journal, and cut off so new entries follow the
  /// last complete one.
  public init(path: String) throws(JournalError) {
    self.path = path
    let existing = FileManager.default.fileExists(atPath: path)
    var bytes: [UInt8] = []
    if existing {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw JournalError("\(path): cannot read the journal (check its permissions)")
      }
      bytes = Array(data)
    }
    let contents = try JournalContents.parse(bytes, file: path)
    // Created with the user's umask, and never writable by others whatever the umask.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o664 as mode_t)
    guard descriptor >= 0 else {
      throw JournalError(
        "\(path): cannot open the journal for writing (\(String(cString: strerror(errno))))")
    }
    self.descriptor = descriptor
    if !existing { JournalFile.syncFolder(of: path) }
    if contents.completeLength < bytes.count {
      // Written like any other file Boardwalk creates: never writable by others.
      try? AtomicFile.write(Array(bytes[contents.completeLength...]), to: path + ".torn")
      guard ftruncate(descriptor, off_t(contents.completeLength)) == 0, fsync(descriptor) == 0
      else {
        close(descriptor)
        throw JournalError(
          "\(path): cannot cut off the incomplete last line (\(String(cString: strerror(errno))))")
      }
    }
    entries = contents.entries
    tornTail = contents.tornTail
  }

  deinit { close(descriptor) }

  /// The next entry's sequence number.
  public var nextSequence: Int { (entries.last?.sequence ?? 0) + 1 }

  /// Writes one event as the next entry and flushes it to disk.
  /// - Returns: the entry as written.
  /// - Throws: ``JournalError`` when it could not be written whole (disk full, read-only);
  ///   then nothing of it remains in the file.
  @discardableResult
  public func append(_ event: MeetingEvent, at time: Date = Date()) throws(JournalError)
    -> JournalEntry
  {
    let entry = JournalEntry(
      sequence: nextSequence, time: JournalFile.timestamp(time), event: event)
    let bytes = Array((entry.line + "\n").utf8)
    let start = lseek(descriptor, 0, SEEK_END)
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if result < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        if start >= 0 { _ = ftruncate(descriptor, start) }
        throw JournalError(
          "\(path): could not save (\(reason)); nothing was lost from the screen: free space or fix the folder, then try again"
        )
      }
      written += result
    }
    guard fsync(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      if start >= 0 { _ = ftruncate(descriptor, start) }
      throw JournalError("\(path): could not flush to disk (\(reason)); try again")
    }
    entries.append(entry)
    return entry
  }

  /// `2026-11-22T10:04:05+00:00`.
  public static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone.current
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

  /// Flushes a folder so a file just created in it is there after a crash.
  static func syncFolder(of path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }
}
