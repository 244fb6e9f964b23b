import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which file a path names on disk (its device and inode, links followed), so that two
/// different paths to one file are known to be the same file.
public struct FileIdentity: Hashable, Sendable {
  let device: UInt64
  let inode: UInt64

  /// The identity of the file at `path`, or `nil` when there is none.
  public init?(_ path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    device = UInt64(truncatingIfNeeded: status.st_dev)
    inode = UInt64(truncatingIfNeeded: status.st_ino)
  }

  /// Refuses an output file that is one of the command's inputs, so that writing it could
  /// never destroy them. `inputs` pairs each input's path with what it is ("the meeting's
  /// journal"); `option` names the output as the user gave it (`-o`).
  public static func refuseOverwriting(
    _ output: String, option: String, inputs: [(path: String, role: String)]
  ) throws(FileWriteError) {
    guard let target = FileIdentity(output) else { return }
    for input in inputs where FileIdentity(input.path) == target {
      throw FileWriteError(
        "\(option) \(output) is \(input.role) (\(input.path)); nothing was written. Output never replaces an input: give another file name"
      )
    }
  }
}
