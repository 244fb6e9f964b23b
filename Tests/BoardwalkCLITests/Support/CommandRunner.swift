import BoardwalkTestSupport
import Foundation

/// What one run of the `boardwalk` binary produced.
struct CommandResult: Sendable, CustomStringConvertible {
  let arguments: [String]
  let status: Int32
  let output: String
  let errorOutput: String

  var outputLines: [String] { output.split(separator: "\n").map(String.init) }
  var errorLines: [String] { errorOutput.split(separator: "\n").map(String.init) }

  var description: String {
    "boardwalk \(arguments.joined(separator: " ")) -> \(status)\nstderr:\n\(errorOutput)"
  }
}

/// Runs the built `boardwalk` binary with Foundation.Process, capturing both streams.
enum CommandRunner {
  /// Runs `boardwalk ARGUMENTS` in `directory` (the current directory when `nil`), with
  /// `COLUMNS` removed from the environment so tables are never cut to a width. With `umask`
  /// (in octal) it runs under that file-creation mask, set through
  /// `sh -c 'umask M && exec boardwalk ...'` so the mask is the binary's own and no other
  /// test's.
  static func run(
    _ arguments: [String], in directory: URL? = nil, umask: String? = nil,
    environment extra: [String: String] = [:]
  ) throws -> CommandResult {
    let process = Process()
    let binary = try BinaryLocator.boardwalk(besides: .module)
    if let umask {
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments =
        ["-c", "umask \(umask) && exec \"$0\" \"$@\"", binary] + arguments
    } else {
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = arguments
    }
    if let directory { process.currentDirectoryURL = directory }
    var environment = ProcessInfo.processInfo.environment
    environment["COLUMNS"] = nil
    environment.merge(extra) { _, new in new }
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let errorDrain = PipeDrain(errors.fileHandleForReading)
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errorDrain.wait()
    process.waitUntilExit()
    return CommandResult(
      arguments: arguments, status: process.terminationStatus,
      output: String(decoding: outputData, as: UTF8.self),
      errorOutput: String(decoding: errorData, as: UTF8.self))
  }

  static func run(_ arguments: String..., in directory: URL? = nil) throws -> CommandResult {
    try run(arguments, in: directory)
  }
}
