import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 10: a failed write to standard output or standard error ended in
/// `Fatal error: 'try!'` and a backtrace. A full device ends with a message and status 1; a
/// closed pipe ends quietly, as SIGPIPE ends `cat`.
@Suite("writing to standard output or error fails cleanly")
struct OutputFailureTests {
  struct Ended {
    let status: Int32
    let reason: Process.TerminationReason
    let errorOutput: String
  }

  /// Runs boardwalk with standard output (and, with `errorsToo`, standard error) going to
  /// `/dev/full`.
  static func runIntoFullDevice(_ arguments: [String], errorsToo: Bool = false) throws -> Ended {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try BinaryLocator.boardwalk(besides: .module))
    process.arguments = arguments
    process.currentDirectoryURL = PackageRoot.url
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    process.standardOutput = full
    let errors = Pipe()
    process.standardError = errorsToo ? full : errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let errorData = errorsToo ? Data() : errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Ended(
      status: process.terminationStatus, reason: process.terminationReason,
      errorOutput: String(decoding: errorData, as: UTF8.self))
  }

  @Test(
    "standard output on a full device: a message naming it and the cause, status 1, no crash",
    arguments: [
      ["list", "SampleData"], ["list", "SampleData", "--format", "json"],
      ["summary", "SampleData"], ["check", "SampleData"], ["--help"], ["list", "--help"],
    ])
  func fullStandardOutput(_ arguments: [String]) throws {
    let ended = try Self.runIntoFullDevice(arguments)
    #expect(ended.reason == .exit, "\(arguments)")
    #expect(ended.status == 1, "\(arguments)")
    #expect(
      ended.errorOutput.contains(
        "boardwalk: cannot write standard output (No space left on device)"),
      "\(arguments): \(ended.errorOutput)")
    #expect(!ended.errorOutput.contains("Fatal error"), "\(ended.errorOutput)")
  }

  @Test("standard error too on a full device: status 1, no crash")
  func fullStandardError() throws {
    let ended = try Self.runIntoFullDevice(["list", "no-such-folder"], errorsToo: true)
    #expect(ended.reason == .exit)
    #expect(ended.status == 1)
  }

  @Test("a pipe closed by its reader ends boardwalk quietly, by SIGPIPE as cat ends")
  func closedPipe() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try BinaryLocator.boardwalk(besides: .module))
    // Far more than a pipe holds, so the writer is still writing when the reader goes.
    process.arguments = ["list", "SampleData", "--format", "json"]
    process.currentDirectoryURL = PackageRoot.url
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    _ = output.fileHandleForReading.readData(ofLength: 100)
    try output.fileHandleForReading.close()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == SIGPIPE)
    #expect(String(decoding: errorData, as: UTF8.self) == "")
  }
}
