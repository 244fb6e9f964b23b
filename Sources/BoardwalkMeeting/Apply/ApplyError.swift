/// Why `apply` wrote nothing (or, naming them, which files it did write).
public struct ApplyError: Error, Hashable, Sendable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
