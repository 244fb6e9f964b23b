import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Another process holding an exclusive advisory lock (`flock`) on a file, as a second
/// Boardwalk screen holds its journal. The holder is a small Python program that takes the
/// lock, says so, and keeps it until its standard input closes: when the test releases it,
/// or when the test process ends, however it ends.
public struct LockHolder {
  private let process: Process
  private let input: Pipe

  static let program = """
    import fcntl, sys
    held = open(sys.argv[1], "rb")
    fcntl.flock(held, fcntl.LOCK_EX)
    print("locked", flush=True)
    sys.stdin.read()
    """

  /// Starts the holder and waits until the file is locked.
  public init(locking path: String) throws {
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", Self.program, path]
    input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let said = output.fileHandleForReading.readData(ofLength: 7)
    guard String(decoding: said, as: UTF8.self) == "locked\n" else {
      throw TestProblem("python3 could not lock \(path)")
    }
  }

  /// Whether another process holds a lock on the file now.
  public static func isLocked(_ path: String) -> Bool {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return true }
    flock(descriptor, LOCK_UN)
    return false
  }

  /// Ends the holder, and with it the lock.
  public func release() {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
}
