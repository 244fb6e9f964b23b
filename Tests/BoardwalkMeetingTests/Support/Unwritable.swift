import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ways to make a file or folder unwritable. An ordinary user is stopped by `chmod`; root
/// writes through permission bits, so for root the immutable attribute (`chattr +i`) is
/// used where the file system has it.
enum Unwritable {
  static var isRoot: Bool { geteuid() == 0 }

  /// Whether this process can make something unwritable to itself.
  static let isPossible: Bool = {
    guard isRoot else { return true }
    guard let folder = try? ScratchFolder("probe") else { return false }
    defer { folder.remove() }
    let probe = folder.file("probe")
    guard FileManager.default.createFile(atPath: probe, contents: Data()) else { return false }
    guard chattr("+i", probe) else { return false }
    let blocked = open(probe, O_WRONLY | O_APPEND) < 0
    _ = chattr("-i", probe)
    return blocked
  }()

  /// Makes `path` unwritable; `restore` undoes it.
  static func make(_ path: String, folder: Bool) throws {
    if isRoot {
      guard chattr("+i", path) else { throw TestProblem("chattr +i \(path) failed") }
    } else {
      guard chmod(path, folder ? 0o555 : 0o444) == 0 else { throw TestProblem("chmod \(path)") }
    }
  }

  static func restore(_ path: String, folder: Bool) {
    if isRoot {
      _ = chattr("-i", path)
    } else {
      _ = chmod(path, folder ? 0o755 : 0o644)
    }
  }

  private static func chattr(_ flag: String, _ path: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["chattr", flag, path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return false
    }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
