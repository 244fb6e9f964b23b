import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that readers see the old contents or the new, never a mix: the new
/// bytes go to a file beside the target, are flushed to disk, and replace it by rename.
///
/// Where the bytes land is decided by ``WriteTarget``: through a symbolic link to its
/// file (the link stays), into a terminal or pipe as a stream, and never over a read-only
/// file, a folder or a special file.
public enum AtomicFile {
  /// Who may read a file Boardwalk creates.
  public enum Access: Sendable {
    /// The user's umask decides, but others may never write it; a replaced file keeps the
    /// permissions it had.
    case shared
    /// The owner only (`rw-------`), whatever the umask and whatever a replaced file had:
    /// for text that holds exempt (confidential) information.
    case ownerOnly
  }

  /// What a write did.
  public struct Written: Sendable {
    /// The file written (symbolic links followed).
    public let file: String
    /// Where the previous version was kept, when one was asked for and there was one.
    public let backup: String?
  }

  /// Writes `bytes` to `path`. With `backupSuffix`, a file already there is kept as the
  /// file's name plus that suffix, beside it.
  /// - Throws: ``FileWriteError`` naming the file and the reason; the file is then as it
  ///   was and nothing is left beside it.
  @discardableResult
  public static func write(
    _ bytes: [UInt8], to path: String, backupSuffix: String? = nil, access: Access = .shared
  ) throws(FileWriteError) -> Written {
    let prepared = try Prepared(bytes, to: path, access: access)
    return try prepared.commit(backupSuffix: backupSuffix)
  }

  /// A write made ready but not yet seen: the new bytes are on disk beside the target, and
  /// ``commit(backupSuffix:)`` puts them in its place. Used to write several files all or
  /// nothing: prepare every one, then commit them.
  public struct Prepared: Sendable {
    public let target: WriteTarget
    /// The temporary file holding the new bytes (none for a stream: its bytes are kept).
    public let temporary: String?
    private let streamBytes: [UInt8]
    private let mode: mode_t

    /// Writes `bytes` beside `path` and flushes them to disk.
    public init(_ bytes: [UInt8], to path: String, access: Access = .shared)
      throws(FileWriteError)
    {
      target = try WriteTarget(path)
      switch (target.kind, access) {
      case (.stream, _):
        temporary = nil
        streamBytes = bytes
        mode = 0
        return
      case (.regular(let old), .shared): mode = mode_t(old & 0o777 & ~0o002)
      case (.regular(let old), .ownerOnly): mode = mode_t(old & 0o600)
      case (.new, .shared): mode = 0o664
      case (.new, .ownerOnly): mode = 0o600
      }
      streamBytes = []
      let folder = WriteTarget.folder(of: target.resolved)
      let name = (target.resolved as NSString).lastPathComponent
      let temporary = folder + "/.\(name).boardwalk-\(getpid()).tmp"
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
      guard descriptor >= 0 else {
        throw AtomicFile.failure("cannot create a file beside \(path)")
      }
      // open() takes the umask off: a replaced file keeps exactly the permissions it had,
      // and an owner-only file is owner-only whatever the umask.
      if case .regular = target.kind {
        _ = fchmod(descriptor, mode)
      } else if access == .ownerOnly {
        _ = fchmod(descriptor, mode)
      }
      do throws(FileWriteError) {
        try AtomicFile.writeAll(bytes, to: descriptor, naming: path)
        guard fsync(descriptor) == 0 else {
          throw AtomicFile.failure("cannot flush \(path) to disk")
        }
      } catch {
        close(descriptor)
        unlink(temporary)
        throw error
      }
      close(descriptor)
      self.temporary = temporary
    }

    /// Puts the new bytes in place, keeping the old file as its name plus `backupSuffix`
    /// when asked. A stream is written now.
    @discardableResult
    public func commit(backupSuffix: String? = nil) throws(FileWriteError) -> Written {
      guard let temporary else {
        try AtomicFile.writeStream(streamBytes, to: target.resolved, naming: target.path)
        return Written(file: target.resolved, backup: nil)
      }
      let file = target.resolved
      var backup: String?
      if let backupSuffix, case .regular = target.kind {
        let kept = file + backupSuffix
        if link(file, kept) != 0 {
          let code = errno
          let reason = String(cString: strerror(code))
          // Some file systems cannot hard-link: copy instead (never over another file).
          do {
            guard code != EEXIST else { throw CocoaError(.fileWriteFileExists) }
            try FileManager.default.copyItem(atPath: file, toPath: kept)
          } catch {
            discard()
            throw FileWriteError(
              "cannot keep a backup of \(target.path) as \(kept) (\(reason)); nothing was written"
            )
          }
        }
        backup = kept
      }
      guard rename(temporary, file) == 0 else {
        let error = AtomicFile.failure("cannot replace \(target.path)")
        discard()
        if let backup { unlink(backup) }
        throw error
      }
      // The backup is the old file itself (or its copy): no more open than the new one.
      // Changed only now, when the old file is no longer the live one.
      if let backup { _ = chmod(backup, mode) }
      JournalFile.syncFolder(of: file)
      return Written(file: file, backup: backup)
    }

    /// Removes the prepared bytes, leaving the target as it was.
    public func discard() {
      if let temporary { unlink(temporary) }
    }
  }

  // MARK: Writing bytes

  /// Writes every byte to `descriptor`; a failure names `path`.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32, naming path: String)
    throws(FileWriteError)
  {
    if let code = DescriptorWrite.all(bytes, to: descriptor) {
      errno = code
      throw failure("cannot write \(path)")
    }
  }

  /// Writes into a terminal, pipe or device, as `cat > FILE` would.
  private static func writeStream(_ bytes: [UInt8], to file: String, naming path: String)
    throws(FileWriteError)
  {
    let descriptor = open(file, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure("cannot open \(path)") }
    defer { close(descriptor) }
    try writeAll(bytes, to: descriptor, naming: path)
  }

  static func failure(_ what: String) -> FileWriteError {
    FileWriteError("\(what) (\(String(cString: strerror(errno)))); the file was left as it was")
  }
}
