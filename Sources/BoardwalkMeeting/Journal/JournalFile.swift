import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A journal on disk (a meeting's, or a lead's return: ``JournalKind``), open for appending. Each entry is written whole and flushed to
/// the disk (fsync) before `append` returns, so an entry the screen shows as saved survives
/// a crash, kill -9 or a power cut. While it is open no other Boardwalk may write it
/// (``JournalLock``).
public final class JournalFile {
  public let path: String
  /// What the file holds: the first entry it must start with, and the entries it may hold.
  public let kind: JournalKind
  private let descriptor: Int32
  private let lock: JournalLock
  private var isClosed = false
  public private(set) var entries: [JournalEntry]
  /// What was cut from a torn last line when the journal was opened, if anything.
  public let tornTail: String?
  /// Where the torn bytes were kept, when there were any.
  public let rescueFile: String?

  /// Opens (or creates) the journal at `path` and takes its lock.
  ///
  /// Only a new or empty file, or one whose first line is the start of a `kind` file (a
  /// meeting's `started` entry, a return's `return-started`), is opened: anything else, the
  /// other kind of journal included, is refused untouched. A torn last line is reported in
  /// `tornTail`, kept in a new file beside the journal (`PATH.torn`, or `PATH.torn-2` and
  /// on when that is taken: rescued bytes are never overwritten) readable by the owner
  /// only, and then cut off so new entries follow the last complete one.
  /// - Throws: ``JournalError`` saying why, with nothing changed.
  public init(path: String, kind: JournalKind = .meeting) throws(JournalError) {
    self.path = path
    self.kind = kind
    let target: WriteTarget
    do {
      target = try WriteTarget(path)
    } catch {
      throw JournalError(error.message)
    }
    if target.kind == .stream {
      throw JournalError(
        "\(path) is a terminal, pipe or device, not a file; a journal must be a file it can be read back from. Give a file name"
      )
    }
    // Created with the user's umask, and never writable by others whatever the umask.
    let descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o664 as mode_t)
    guard descriptor >= 0 else {
      throw JournalError(
        "\(path): cannot open the journal for writing (\(String(cString: strerror(errno)))); nothing was written"
      )
    }
    let lock: JournalLock
    do {
      lock = try JournalLock(descriptor: descriptor, journal: path, kind: kind)
    } catch {
      _ = systemClose(descriptor)
      throw error
    }
    func fail(_ error: JournalError) -> JournalError {
      lock.release()
      _ = systemClose(descriptor)
      return error
    }
    guard let bytes = JournalFile.readAll(descriptor) else {
      throw fail(JournalError("\(path): cannot read the journal (check its permissions)"))
    }
    let contents: JournalContents
    do {
      contents = try JournalContents.parse(bytes, file: path, kind: kind)
    } catch {
      throw fail(error)
    }
    var rescueFile: String?
    if contents.completeLength < bytes.count {
      // The torn bytes are kept safe on disk before they are cut from the journal.
      do {
        rescueFile = try JournalFile.rescue(Array(bytes[contents.completeLength...]), of: path)
      } catch {
        throw fail(error)
      }
      guard ftruncate(descriptor, off_t(contents.completeLength)) == 0, fsync(descriptor) == 0
      else {
        throw fail(
          JournalError(
            "\(path): cannot cut off the incomplete last line (\(String(cString: strerror(errno)))); its bytes are kept in \(rescueFile ?? "")"
          ))
      }
    }
    if contents.lacksFinalLineBreak {
      do throws(FileWriteError) {
        try AtomicFile.writeAll([0x0A], to: descriptor, naming: path)
        guard fsync(descriptor) == 0 else { throw AtomicFile.failure("cannot flush \(path)") }
      } catch {
        throw fail(JournalError("\(path): cannot end its last line: \(error.message)"))
      }
    }
    if target.kind == .new { JournalFile.syncFolder(of: path) }
    self.descriptor = descriptor
    self.lock = lock
    self.rescueFile = rescueFile
    entries = contents.entries
    tornTail = contents.tornTail.map { tail in
      rescueFile.map { "\(tail); its bytes are kept in \($0)" } ?? tail
    }
  }

  /// Every byte of the file open at `descriptor`.
  private static func readAll(_ descriptor: Int32) -> [UInt8]? {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    var offset: off_t = 0
    while true {
      let count = chunk.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
      offset += off_t(count)
    }
  }

  /// Keeps torn bytes in a new owner-only file beside the journal, never over an earlier
  /// one. Returns its path.
  private static func rescue(_ bytes: [UInt8], of path: String) throws(JournalError) -> String {
    for number in 1...1000 {
      let name = path + (number == 1 ? ".torn" : ".torn-\(number)")
      let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600 as mode_t)
      if descriptor < 0 {
        if errno == EEXIST { continue }
        break
      }
      defer { _ = systemClose(descriptor) }
      _ = fchmod(descriptor, 0o600)
      do throws(FileWriteError) {
        try AtomicFile.writeAll(bytes, to: descriptor, naming: name)
        guard fsync(descriptor) == 0 else { throw AtomicFile.failure("cannot flush \(name)") }
      } catch {
        unlink(name)
        throw JournalError(
          "\(path): its last line is incomplete and could not be kept aside (\(error.message)); nothing was changed"
        )
      }
      syncFolder(of: name)
      return name
    }
    throw JournalError(
      "\(path): its last line is incomplete and could not be kept aside in \(path).torn (\(String(cString: strerror(errno)))); nothing was changed"
    )
  }

  deinit { close() }

  /// Closes the journal and gives its lock back; appending after this fails. Closing again
  /// does nothing. (A journal closes itself when it goes away.)
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    lock.release()
    // Given back explicitly: a copy of the descriptor in a process being started at this
    // moment (before its exec closes it) would otherwise keep the lock a little longer.
    flock(descriptor, LOCK_UN)
    _ = systemClose(descriptor)
  }

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
    guard !isClosed else {
      throw JournalError("\(path): the journal was closed; nothing was saved")
    }
    guard kind.allows(event) else {
      throw JournalError("\(path): this entry does not belong in a \(kind.name); nothing was saved")
    }
    let entry = JournalEntry(
      sequence: nextSequence, time: JournalFile.timestamp(time), event: event)
    let bytes = Array((entry.line + "\n").utf8)
    let start = lseek(descriptor, 0, SEEK_END)
    if let code = DescriptorWrite.all(bytes, to: descriptor) {
      // Whatever part got written is cut back: the file stays a whole number of entries.
      if start >= 0 { _ = ftruncate(descriptor, start) }
      throw JournalError(
        "\(path): could not save (\(String(cString: strerror(code)))); nothing was lost from the screen: free space or fix the folder, then try again"
      )
    }
    guard fsync(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      if start >= 0 { _ = ftruncate(descriptor, start) }
      throw JournalError("\(path): could not flush to disk (\(reason)); try again")
    }
    entries.append(entry)
    return entry
  }

  /// Who has the journal at `path` open for writing now, in words (`laptop (process 42,
  /// user jo, since …)`), or `nil` when nobody has.
  public static func holder(of path: String) -> String? {
    JournalLock.currentHolder(of: path)?.description
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
    _ = systemClose(descriptor)
  }
}

@inline(__always)
private func systemClose(_ descriptor: Int32) -> Int32 {
  close(descriptor)
}
