import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Making a folder read-only to everyone, root included: root writes through permission
/// bits, so for root the immutable attribute (`chattr +i`) is used; an ordinary user is
/// stopped by `chmod`. (As Tests/BoardwalkMeetingTests/Support/Unwritable.swift.)
enum ReadOnly {
  static var isRoot: Bool { geteuid() == 0 }

  static let isPossible: Bool = {
    guard isRoot else { return true }
    guard let folder = try? FaultFolder() else { return false }
    defer { folder.remove() }
    let probe = folder.file("probe")
    guard FileManager.default.createFile(atPath: probe, contents: Data()), chattr("+i", probe)
    else { return false }
    let blocked = open(probe, O_WRONLY | O_APPEND) < 0
    _ = chattr("-i", probe)
    return blocked
  }()

  /// What `strerror` says when the system refuses: EPERM for an immutable folder, EACCES for
  /// permission bits.
  static var reason: String { String(cString: strerror(isRoot ? EPERM : EACCES)) }

  static func make(_ folder: String) throws {
    guard isRoot ? chattr("+i", folder) : chmod(folder, 0o555) == 0 else {
      throw SmallDisk.Failure(description: "cannot make \(folder) read-only")
    }
  }

  static func restore(_ folder: String) {
    if isRoot { _ = chattr("-i", folder) } else { _ = chmod(folder, 0o755) }
  }

  private static func chattr(_ flag: String, _ path: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["chattr", flag, path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
