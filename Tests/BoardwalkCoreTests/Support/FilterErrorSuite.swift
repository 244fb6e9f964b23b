@testable import BoardwalkCore

/// A suite about the errors `FilterParser` reports for filters it cannot read.
protocol FilterErrorSuite {}

extension FilterErrorSuite {
  /// The error parsing `text` throws; `nil` when it parses.
  static func error(_ text: String) -> FilterError? {
    do {
      _ = try FilterParser.parse(text)
      return nil
    } catch {
      return error
    }
  }
}
