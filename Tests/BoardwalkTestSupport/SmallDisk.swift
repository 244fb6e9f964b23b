import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tiny tmpfs mounted on a folder: a disk that really fills up, so writes fail with
/// ENOSPC as on a full laptop disk, partway through a write too (unlike /dev/full, which
/// refuses every byte). Mounting needs root (CAP_SYS_ADMIN); `isAvailable` says whether this
/// machine allows it. Filled, it has no free page (4 KiB) left; a file whose last page is
/// partly used can still grow to that page's end, as on a real disk.
public struct SmallDisk: Sendable {
  /// The size of a page: what the disk hands out at a time.
  public static let page = 4096

  /// The folder the disk is mounted on.
  public let path: String
  /// The file `fill()` writes to take up every free page.
  public var filler: String { path + "/.filler" }

  /// Whether a tmpfs can be mounted here (tried once, on a scratch folder).
  public static let isAvailable: Bool =
    geteuid() == 0
    && Probe.succeeds("disk-probe") { folder in
      guard let disk = try? SmallDisk.mount(at: folder + "/disk") else { return false }
      disk.unmount()
      return true
    }

  /// Mounts a tmpfs of `kilobytes` on `path` (made if missing).
  public static func mount(at path: String, kilobytes: Int = 512) throws -> SmallDisk {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard
      SystemCommand.succeeds([
        "mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", path,
      ])
    else { throw TestProblem("cannot mount a tmpfs on \(path)") }
    return SmallDisk(path: path)
  }

  /// Writes a filler file until the disk refuses a single byte more. (Closed on exec, so a
  /// program another test starts meanwhile cannot keep its pages after `free()`.)
  public func fill() throws {
    let descriptor = open(filler, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw TestProblem("cannot create \(filler)") }
    defer { close(descriptor) }
    for size in [65536, Self.page, 1] {
      let chunk = [UInt8](repeating: 0x2E, count: size)
      while chunk.withUnsafeBytes({ write(descriptor, $0.baseAddress, size) }) > 0 {}
      guard errno == ENOSPC else {
        throw TestProblem("filling \(path): \(String(cString: strerror(errno)))")
      }
    }
  }

  /// Removes the filler: the disk has room again.
  public func free() {
    unlink(filler)
  }

  /// The names on the disk, the filler left out, sorted.
  public func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).filter { $0 != ".filler" }.sorted()
  }

  /// Unmounts the disk, lazily: a process that still has a file open there (an app being
  /// ended) does not keep it mounted.
  public func unmount() {
    _ = SystemCommand.succeeds(["umount", "-l", path])
  }
}
