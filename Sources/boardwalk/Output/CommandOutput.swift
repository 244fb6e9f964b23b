import ArgumentParser
import BoardwalkMeeting

/// Where a command's data goes: to `-o FILE`, or to standard output.
enum CommandOutput {
  /// Writes `bytes` to `output` (replaced atomically, never over one of `inputs`, each named
  /// by its path and what it is to the command), or to standard output when `output` is
  /// `nil`. A file that cannot be written is said on standard error, as `boardwalk:
  /// COMMAND: …`, and the status is 1.
  static func write(
    _ bytes: [UInt8], to output: String?, command: String, inputs: [(path: String, role: String)]
  ) throws {
    guard let output else {
      StandardStreams.output(bytes)
      return
    }
    do throws(FileWriteError) {
      try FileIdentity.refuseOverwriting(output, option: "-o", inputs: inputs)
      try AtomicFile.write(bytes, to: output)
    } catch {
      StandardStreams.error("boardwalk: \(command): \(error.message)")
      throw ExitCode(1)
    }
  }
}
