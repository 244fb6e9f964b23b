/// Why a journal cannot be read or written, said with the file and what to do.
public struct JournalError: Error, Hashable, Sendable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
