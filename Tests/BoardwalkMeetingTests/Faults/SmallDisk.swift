import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tiny tmpfs mounted on a folder: a disk that really fills up, so writes fail with
/// ENOSPC, partway through a write too (unlike `FullDisk`, whose /dev/full refuses every
/// byte). Mounting needs root (CAP_SYS_ADMIN); `isAvailable` says whether this machine
/// allows it. Filled, it has no free page (4 KiB) left; a file whose last page is partly
/// used can still grow to that page's end, as on a real disk.
struct SmallDisk: Sendable {
  static let page = 4096

  let path: String
  var filler: String { path + "/.filler" }

  static let isAvailable: Bool = {
    guard geteuid() == 0, let folder = try? ScratchFolder("disk-probe") else { return false }
    defer { folder.remove() }
    guard let disk = try? SmallDisk.mount(at: folder.file("disk")) else { return false }
    disk.unmount()
    return true
  }()

  /// Mounts a tmpfs of `kilobytes` on `path` (made if missing).
  static func mount(at path: String, kilobytes: Int = 512) throws -> SmallDisk {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard run(["mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", path])
    else { throw TestProblem("cannot mount a tmpfs on \(path)") }
    return SmallDisk(path: path)
  }

  /// Writes a filler file until the disk refuses a single byte more.
  func fill() throws {
    let descriptor = open(filler, O_WRONLY | O_CREAT | O_APPEND, 0o600)
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

  func free() { unlink(filler) }

  /// The names on the disk, the filler left out, sorted.
  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).filter { $0 != ".filler" }.sorted()
  }

  /// Lazily, so a file still open there cannot keep it mounted.
  func unmount() { _ = Self.run(["umount", "-l", path]) }

  private static func run(_ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}

extension Trait where Self == ConditionTrait {
  static var needsSmallDisk: Self {
    .enabled(if: SmallDisk.isAvailable, "mounting a small tmpfs needs root")
  }
}
