import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A named pipe in a test's folder with `cat` reading it: a stream to write output into that
/// is the test's own, never a device of the machine's (which a writer that replaced files
/// would replace).
public struct PipeReader {
  public let path: String
  private let process: Process
  private let output: Pipe

  /// Makes the pipe at `path` and starts its reader.
  public init(at path: String) throws {
    guard mkfifo(path, 0o600) == 0 else {
      throw TestProblem("cannot make a pipe at \(path): \(String(cString: strerror(errno)))")
    }
    self.path = path
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/cat")
    process.arguments = [path]
    output = Pipe()
    process.standardOutput = output
    try process.run()
  }

  /// Everything written into the pipe, once its writer has closed it.
  public func text() -> String { String(decoding: bytes(), as: UTF8.self) }

  /// Every byte written into the pipe, once its writer has closed it.
  public func bytes() -> [UInt8] {
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Array(data)
  }

  /// Whether the path is still a pipe.
  public var isStillAPipe: Bool {
    var status = stat()
    return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO
  }
}
