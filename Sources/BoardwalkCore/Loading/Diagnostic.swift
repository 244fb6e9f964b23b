/// A problem found in a plan file: where it is, what is wrong, and how to fix it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    /// The file cannot be loaded until it is fixed.
    case error
    /// The file loads; the problem is worth knowing about.
    case warning
  }

  public let severity: Severity
  /// The file, as it was named on the command line.
  public let file: String
  /// Line and column of the value at fault, when known.
  public let location: SourceLocation?
  /// JSON pointer to the value at fault (`/actions/12/due`), when there is one.
  public let pointer: String?
  /// What is wrong and how to put it right.
  public let message: String

  public init(
    _ severity: Severity, file: String, location: SourceLocation? = nil, pointer: String? = nil,
    message: String
  ) {
    self.severity = severity
    self.file = file
    self.location = location
    self.pointer = pointer
    self.message = message
  }

  public var isError: Bool { severity == .error }

  /// `FILE:LINE:COL: error: /actions/12/due: message`, the form compilers use, so editors
  /// can jump to the place.
  public var description: String {
    var text = file
    if let location { text += ":\(location.line):\(location.column)" }
    text += ": \(severity.rawValue): "
    if let pointer, !pointer.isEmpty { text += "\(pointer): " }
    return text + message
  }
}
