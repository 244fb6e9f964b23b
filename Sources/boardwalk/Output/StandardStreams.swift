import Foundation

/// Writing to standard output and standard error: data to one, messages to the other.
enum StandardStreams {
  /// Writes text to standard output.
  static func output(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes one line to standard error.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
