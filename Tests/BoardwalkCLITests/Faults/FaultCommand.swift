import Foundation

/// Runs the built `boardwalk` binary like `CommandRunner`, in a folder, and when asked under
/// another umask (through `sh -c 'umask M; exec boardwalk ...'`, so the mask is the binary's
/// own and no other test's).
enum FaultCommand {
  static func run(_ arguments: [String], in folder: String, umask: String? = nil) throws
    -> CommandResult
  {
    let binary = try BinaryLocator.boardwalk().path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments =
      ["-c", "umask \(umask ?? "$(umask)") && exec \"$0\" \"$@\"", binary] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var environment = ProcessInfo.processInfo.environment
    environment["COLUMNS"] = nil
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
}
