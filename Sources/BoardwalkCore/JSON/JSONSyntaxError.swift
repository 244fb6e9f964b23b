/// A place where a file stops being JSON, with what was expected there.
public struct JSONSyntaxError: Error, Equatable, Sendable {
  /// Byte offset in the file.
  public let offset: Int
  public let message: String

  public init(offset: Int, message: String) {
    self.offset = offset
    self.message = message
  }
}
