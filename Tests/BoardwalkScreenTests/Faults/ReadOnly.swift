import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Making a file or folder read-only to everyone, root included: root writes through
/// permission bits, so for root the immutable attribute (`chattr +i`) is used; an ordinary
/// user is stopped by `chmod`. (As Tests/BoardwalkMeetingTests/Support/Unwritable.swift.)
enum ReadOnly {
  static var isRoot: Bool { geteuid() == 0 }

  /// Whether this process can make something read-only to itself.
  static let isPossible: Bool = {
    guard isRoot else { return true }
    guard let folder = try? ScratchFolder(prefix: "readonly-probe") else { return false }
    defer { folder.remove() }
    let probe = folder.path("probe")
    guard FileManager.default.createFile(atPath: probe, contents: Data()), chattr("+i", probe)
    else { return false }
    let blocked = open(probe, O_WRONLY | O_APPEND) < 0
    _ = chattr("-i", probe)
    return blocked
  }()

  /// Whether a file already open for writing can be made to refuse writes (only the
  /// immutable attribute does that; permission bits are checked when a file is opened).
  static var stopsOpenFiles: Bool { isRoot && isPossible }

  /// What `strerror` says when the system refuses: EPERM for an immutable file or folder,
  /// EACCES for permission bits.
  static var reason: String { String(cString: strerror(isRoot ? EPERM : EACCES)) }

  static func make(_ path: String, folder: Bool) throws {
    let done = isRoot ? chattr("+i", path) : chmod(path, folder ? 0o555 : 0o444) == 0
    guard done else { throw SmallDisk.Failure(description: "cannot make \(path) read-only") }
  }

  static func restore(_ path: String, folder: Bool) {
    if isRoot { _ = chattr("-i", path) } else { _ = chmod(path, folder ? 0o755 : 0o644) }
  }

  private static func chattr(_ flag: String, _ path: String) -> Bool {
    (try? ChildProcess.run(["chattr", flag, path], environment: ChildEnvironment.standard))?
      .exit.status == 0
  }
}
