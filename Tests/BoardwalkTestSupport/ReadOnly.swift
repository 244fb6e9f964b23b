import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Making a file or folder read-only to everyone, root included: root writes through
/// permission bits, so for root the immutable attribute (`chattr +i`) is used where the file
/// system has it; an ordinary user is stopped by `chmod`.
public enum ReadOnly {
  /// Whether this process runs as root (and so needs `chattr`).
  public static var isRoot: Bool { geteuid() == 0 }

  /// Whether this process can make something read-only to itself.
  public static let isPossible: Bool =
    !isRoot
    || Probe.succeeds("readonly-probe") { folder in
      let probe = folder + "/probe"
      guard FileManager.default.createFile(atPath: probe, contents: Data()), chattr("+i", probe)
      else { return false }
      let blocked = open(probe, O_WRONLY | O_APPEND) < 0
      _ = chattr("-i", probe)
      return blocked
    }

  /// Whether a file already open for writing can be made to refuse writes (only the
  /// immutable attribute does that; permission bits are checked when a file is opened).
  public static var stopsOpenFiles: Bool { isRoot && isPossible }

  /// What `strerror` says when the system refuses: EPERM for an immutable file or folder,
  /// EACCES for permission bits.
  public static var reason: String { String(cString: strerror(isRoot ? EPERM : EACCES)) }

  /// Makes `path` (a folder when `folder`) read-only; `restore` undoes it.
  public static func make(_ path: String, folder: Bool) throws {
    let done = isRoot ? chattr("+i", path) : chmod(path, folder ? 0o555 : 0o444) == 0
    guard done else { throw TestProblem("cannot make \(path) read-only") }
  }

  /// Makes `path` (a folder when `folder`) writable again.
  public static func restore(_ path: String, folder: Bool) {
    if isRoot { _ = chattr("-i", path) } else { _ = chmod(path, folder ? 0o755 : 0o644) }
  }

  private static func chattr(_ flag: String, _ path: String) -> Bool {
    SystemCommand.succeeds(["chattr", flag, path])
  }
}
