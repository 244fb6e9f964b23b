import BoardwalkCore
import Foundation

/// Writing to standard output and standard error: data to one, messages to the other.
enum StandardStreams {
  /// Writes text to standard output.
  static func output(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes one line to standard error. Messages quote plan and journal text, so anything in
  /// it that could act on a terminal is shown as a placeholder.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((TextSafety.sanitized(line) + "\n").utf8))
  }

  /// Writes a diagnostic to standard error on one line, as `FILE:LINE:COLUMN: severity: ...`.
  static func report(_ diagnostic: Diagnostic) {
    error(TextSafety.sanitized(diagnostic.description, allowingLineBreaks: false))
  }
}
