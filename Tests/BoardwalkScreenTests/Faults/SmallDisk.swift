import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tiny tmpfs mounted on a folder: a disk that really fills up, so writes fail with
/// ENOSPC as on a full laptop disk. Mounting needs root (CAP_SYS_ADMIN); `isAvailable` says
/// whether this machine allows it. Filled, it has no free page left; a file that already
/// has a partly used last page can still grow to that page's end, as on a real disk.
struct SmallDisk: Sendable {
  let path: String
  var filler: String { path + "/.filler" }

  /// Whether a tmpfs can be mounted here (tried once, on a scratch folder).
  static let isAvailable: Bool = {
    guard geteuid() == 0, let folder = try? ScratchFolder(prefix: "disk-probe") else {
      return false
    }
    defer { folder.remove() }
    guard let disk = try? SmallDisk.mount(at: folder.path("disk")) else { return false }
    disk.unmount()
    return true
  }()

  /// Mounts a tmpfs of `kilobytes` on `path` (made if missing).
  static func mount(at path: String, kilobytes: Int = 256) throws -> SmallDisk {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let result = try ChildProcess.run(
      ["mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", path],
      environment: ChildEnvironment.standard)
    guard result.exit.status == 0 else { throw Failure(description: "\(result)") }
    return SmallDisk(path: path)
  }

  /// Writes a filler file until the disk refuses a single byte more.
  func fill() throws {
    let descriptor = open(filler, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    guard descriptor >= 0 else { throw Failure(description: "cannot create \(filler)") }
    defer { close(descriptor) }
    for size in [65536, 4096, 1] {
      let chunk = [UInt8](repeating: 0x2E, count: size)
      while chunk.withUnsafeBytes({ write(descriptor, $0.baseAddress, size) }) > 0 {}
      guard errno == ENOSPC else {
        throw Failure(description: "filling \(path): \(String(cString: strerror(errno)))")
      }
    }
  }

  /// Removes the filler: the disk has room again.
  func free() {
    unlink(filler)
  }

  /// The names on the disk other than the filler, sorted.
  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).filter { $0 != ".filler" }.sorted()
  }

  /// Unmounts the disk, lazily: a process that still has a file open there (an app being
  /// ended) does not keep it mounted.
  func unmount() {
    _ = try? ChildProcess.run(["umount", "-l", path], environment: ChildEnvironment.standard)
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }
}
