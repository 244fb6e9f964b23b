/// Why a theme cannot be used, with where and how to fix it.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
