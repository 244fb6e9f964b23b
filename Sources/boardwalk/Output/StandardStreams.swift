import BoardwalkCore
import BoardwalkMeeting
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to standard output and standard error: data to one, messages to the other.
///
/// A write that fails ends the program cleanly, never with a crash: a closed pipe
/// (`boardwalk list | head`) ends it quietly, as SIGPIPE ends `cat`; any other failure
/// (`>/dev/full`, a full disk) is said on standard error, when it can be, and the status is 1.
enum StandardStreams {
  /// Writes text to standard output.
  static func output(_ text: String) {
    output(Array(text.utf8))
  }

  /// Writes bytes (a workbook, say) to standard output.
  static func output(_ bytes: [UInt8]) {
    write(bytes, to: STDOUT_FILENO, name: "standard output")
  }

  /// Writes one line to standard error. Messages quote plan and journal text, file names and
  /// theme values, so anything in it that could act on a terminal, or break the line (a file
  /// name with a line break in it), is shown as a placeholder: one message, one line.
  static func error(_ line: String) {
    let safe = TextSafety.sanitized(line, allowingLineBreaks: false)
    write(Array((safe + "\n").utf8), to: STDERR_FILENO, name: nil)
  }

  /// Writes a diagnostic to standard error on one line, as `FILE:LINE:COLUMN: severity: ...`.
  static func report(_ diagnostic: Diagnostic) {
    error(diagnostic.description)
  }

  /// Makes what the argument parser prints (help, usage) fail as cleanly: checked once, as
  /// the program exits.
  static func checkBufferedOutputAtExit() {
    atexit {
      guard fflush(nil) != 0 else { return }
      StandardStreams.fail(writing: "standard output", errno: errno)
    }
  }

  /// Every byte, or the end of the program. `name` is `nil` for standard error, where a
  /// failure cannot be said.
  private static func write(_ bytes: [UInt8], to descriptor: Int32, name: String?) {
    if let code = DescriptorWrite.all(bytes, to: descriptor) { fail(writing: name, errno: code) }
  }

  private static func fail(writing name: String?, errno code: Int32) -> Never {
    if code == EPIPE {
      // The reader has gone: end as a program killed by the closed pipe ends, silently.
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
    }
    if let name {
      let message = "boardwalk: cannot write \(name) (\(String(cString: strerror(code))))\n"
      _ = DescriptorWrite.all(Array(message.utf8), to: STDERR_FILENO)
    }
    _exit(1)
  }
}
