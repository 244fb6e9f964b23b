import BoardwalkCore
import Testing

/// One diagnostic a bad plan must produce, as the corpus manifest writes it.
struct ExpectedDiagnostic: Decodable, Sendable, CustomStringConvertible {
  let severity: String
  let line: Int
  let column: Int
  /// The JSON pointer; `""` names the whole document.
  let pointer: String
  /// Words the message must contain.
  let phrases: [String]?
  /// The whole message, when the test pins it exactly.
  let message: String?

  var description: String {
    "\(line):\(column): \(severity): \(pointer): \(message ?? phrases?.joined(separator: " … ") ?? "")"
  }
}

/// Checks that `actual` is exactly `expected`, in order: severity, line, column, pointer and
/// message, one by one.
func expectDiagnostics(
  _ actual: [Diagnostic], match expected: [ExpectedDiagnostic],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  #expect(
    actual.count == expected.count,
    "expected \(expected.count) diagnostics, got \(actual.count):\n\(actual.map(\.description).joined(separator: "\n"))",
    sourceLocation: sourceLocation)
  for (found, wanted) in zip(actual, expected) {
    let context = Comment(rawValue: "expected \(wanted)\n   found \(found)")
    #expect(found.severity.rawValue == wanted.severity, context, sourceLocation: sourceLocation)
    #expect(found.location?.line == wanted.line, context, sourceLocation: sourceLocation)
    #expect(found.location?.column == wanted.column, context, sourceLocation: sourceLocation)
    #expect(found.pointer == wanted.pointer, context, sourceLocation: sourceLocation)
    for phrase in wanted.phrases ?? [] {
      #expect(found.message.contains(phrase), context, sourceLocation: sourceLocation)
    }
    if let message = wanted.message {
      #expect(found.message == message, context, sourceLocation: sourceLocation)
    }
  }
}
