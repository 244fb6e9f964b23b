import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that readers see the old contents or the new, never a mix: the new
/// bytes go to a file beside the target, are flushed to disk, and replace it by rename.
public enum AtomicFile {
  /// Writes `bytes` to `path`. When `backup` is given and `path` exists, the old file is
  /// kept under that name first. The new file keeps the old one's permissions, or is
  /// created with the user's umask and never writable by others.
  /// - Throws: ``ApplyError`` naming the file and the reason; the target is then untouched
  ///   and no temporary file is left behind.
  public static func write(_ bytes: [UInt8], to path: String, backup: String? = nil)
    throws(ApplyError)
  {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).boardwalk-\(getpid()).tmp"
    var mode: mode_t = 0o664
    var status = stat()
    let replacing = stat(path, &status) == 0
    if replacing { mode = status.st_mode & 0o777 & ~0o002 }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else {
      throw failure("cannot create a file beside \(path)", temporary: nil)
    }
    // open() takes the umask off; a replaced file keeps exactly the permissions it had.
    if replacing { _ = fchmod(descriptor, mode) }
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes {
        systemWrite(descriptor, $0.baseAddress, $0.count)
      }
      if result < 0 {
        if errno == EINTR { continue }
        let error = failure("cannot write \(path)", temporary: temporary)
        close(descriptor)
        unlink(temporary)
        throw error
      }
      written += result
    }
    guard fsync(descriptor) == 0 else {
      let error = failure("cannot flush \(path) to disk", temporary: temporary)
      close(descriptor)
      unlink(temporary)
      throw error
    }
    close(descriptor)
    if let backup, FileManager.default.fileExists(atPath: path) {
      unlink(backup)
      if link(path, backup) != 0 {
        // Some file systems cannot hard-link: copy instead.
        do {
          try FileManager.default.copyItem(atPath: path, toPath: backup)
        } catch {
          unlink(temporary)
          throw ApplyError(
            "cannot keep a backup of \(path) as \(backup) (\(error.localizedDescription)); nothing was written"
          )
        }
      }
    }
    guard rename(temporary, path) == 0 else {
      let error = failure("cannot replace \(path)", temporary: temporary)
      unlink(temporary)
      throw error
    }
    // The backup is the old file itself (or its copy): no more writable by others than the
    // new one. Changed only now, when the old file is no longer the live one.
    if replacing, let backup { _ = chmod(backup, mode) }
    JournalFile.syncFolder(of: path)
  }

  private static func failure(_ what: String, temporary: String?) -> ApplyError {
    ApplyError("\(what) (\(String(cString: strerror(errno)))); the file was left as it was")
  }
}

@inline(__always)
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, pointer, count)
}
