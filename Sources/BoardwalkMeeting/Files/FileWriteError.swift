/// Why a file was not written, said with the file and what to do. When it is thrown the
/// file is as it was, and nothing was left beside it.
public struct FileWriteError: Error, Hashable, Sendable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
