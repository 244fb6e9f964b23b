import BoardwalkTestSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Makes every later write through this process's open descriptors of one file fail as on a
/// full disk: each such descriptor is replaced by one for `/dev/full`. Linux only (it finds
/// the descriptors in /proc/self/fd).
enum FullDisk {
  static var isAvailable: Bool {
    FileManager.default.fileExists(atPath: "/proc/self/fd")
      && FileManager.default.fileExists(atPath: "/dev/full")
  }

  /// Returns how many descriptors were redirected.
  @discardableResult
  static func fill(descriptorsOf path: String) throws -> Int {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let full = open("/dev/full", O_WRONLY)
    guard full >= 0 else { throw TestProblem("cannot open /dev/full") }
    defer { close(full) }
    var count = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") {
      guard let descriptor = Int32(name), descriptor != full,
        let link = try? FileManager.default.destinationOfSymbolicLink(
          atPath: "/proc/self/fd/\(name)"),
        link == target
      else { continue }
      guard dup2(full, descriptor) >= 0 else { throw TestProblem("dup2 failed") }
      count += 1
    }
    return count
  }
}
