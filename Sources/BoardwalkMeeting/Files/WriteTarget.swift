import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a write to a path would land, found before anything is written: the one place that
/// decides whether Boardwalk may write a file at all.
///
/// - A symbolic link is followed: the file it points to is written, and the link stays.
/// - A terminal, pipe or other character device is written into, never replaced.
/// - A file whose permissions give nobody the right to write it is refused, even to root
///   (who could): read-only is the owner's word that it must not change. So is a file the
///   user could not write themselves, though the folder would let it be replaced.
/// - A folder, a socket or a block device is refused.
public struct WriteTarget: Sendable {
  /// What is at the path now.
  public enum Kind: Sendable, Equatable {
    /// Nothing: the file will be created, with this folder's permission.
    case new
    /// A regular file, replaced whole; `mode` holds its permission bits.
    case regular(mode: UInt32)
    /// A character device or a pipe: written into as a stream, never replaced.
    case stream
  }

  /// The path as the user gave it.
  public let path: String
  /// The file that will be written: `path` with symbolic links followed.
  public let resolved: String
  public let kind: Kind

  /// Examines `path`.
  /// - Throws: ``FileWriteError`` saying why the path must not be written, and how to fix it.
  public init(_ path: String) throws(FileWriteError) {
    self.path = path
    var link = stat()
    guard lstat(path, &link) == 0 else {
      guard errno == ENOENT else { throw Self.failure(path, "cannot look at it") }
      let folder = Self.folder(of: path)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        throw FileWriteError(
          "\(path): the folder \(folder) does not exist; nothing was written. Create it first, or give a path in a folder that exists"
        )
      }
      resolved = path
      kind = .new
      return
    }
    var target = path
    if (link.st_mode & S_IFMT) == S_IFLNK {
      guard let real = realpath(path, nil) else {
        throw FileWriteError(
          "\(path) is a symbolic link to a file that does not exist; nothing was written. Point the link at a file, or give another path"
        )
      }
      target = String(cString: real)
      free(real)
    }
    var status = stat()
    guard stat(target, &status) == 0 else { throw Self.failure(path, "cannot look at it") }
    resolved = target
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      let mode = UInt32(status.st_mode & 0o7777)
      if mode & 0o222 == 0 {
        throw FileWriteError(
          "\(path) is read-only (\(Self.permissions(mode))); nothing was written. Boardwalk does not replace a read-only file: make it writable (chmod u+w \(path)) if it should change"
        )
      }
      if getuid() != 0, access(target, W_OK) != 0 {
        throw FileWriteError(
          "\(path) may not be written by you (\(Self.permissions(mode)), owned by user \(status.st_uid)); nothing was written. Ask its owner, or write to another file"
        )
      }
      kind = .regular(mode: mode)
    case S_IFCHR, S_IFIFO:
      kind = .stream
    case S_IFDIR:
      throw FileWriteError(
        "\(path) is a folder; nothing was written. Give a file name inside it")
    default:
      throw FileWriteError(
        "\(path) is a special file (a socket or a disk), not one Boardwalk writes; nothing was written. Give a file name"
      )
    }
  }

  /// The folder a path is in (`.` for a bare name).
  public static func folder(of path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  /// `rw-r--r--` for `0o644`.
  static func permissions(_ mode: UInt32) -> String {
    let letters = Array("rwxrwxrwx")
    return String(
      (0..<9).map { bit in mode & (0o400 >> UInt32(bit)) != 0 ? letters[bit] : "-" })
  }

  private static func failure(_ path: String, _ what: String) -> FileWriteError {
    FileWriteError(
      "\(path): \(what) (\(String(cString: strerror(errno)))); nothing was written")
  }
}
