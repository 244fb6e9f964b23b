/// Why a filter expression cannot be used, and where: the position is a character offset
/// into the expression, counted from 0 (columns in messages count from 1).
public struct FilterError: Error, Hashable, Sendable, CustomStringConvertible {
  public let position: Int
  public let message: String

  public init(position: Int, message: String) {
    self.position = position
    self.message = message
  }

  /// `column 9: expected a value after "owner:"`.
  public var description: String { "column \(position + 1): \(message)" }
}
