/// The diagnostics a run of `boardwalk` printed for one file, compared with the corpus's
/// expectations as a terminal shows them (control characters as visible placeholders).
enum PrintedDiagnostics {
  /// The located diagnostics `result` printed on standard error for `path`, in order.
  static func of(_ result: CommandResult, file path: String) -> [DiagnosticLine] {
    result.errorLines.compactMap(DiagnosticLine.init).filter { $0.file == path }
  }

  /// How `printed` differs from `expected`, one line per difference; empty when they match:
  /// the same number, and each with the expected line, column, severity, pointer and words.
  static func differences(_ printed: [DiagnosticLine], _ expected: [CorpusDiagnostic])
    -> [String]
  {
    var differences: [String] = []
    if printed.count != expected.count {
      differences.append("printed \(printed.count) diagnostics, expected \(expected.count)")
    }
    for (found, wanted) in zip(printed, expected) {
      var same =
        found.line == wanted.line && found.column == wanted.column
        && found.severity == wanted.severity && found.pointer == VisibleText.shown(wanted.pointer)
      same = same && wanted.phrases.allSatisfy { found.message.contains(VisibleText.shown($0)) }
      if let message = wanted.message { same = same && found.message == VisibleText.shown(message) }
      if !same { differences.append("expected \(wanted)\n   found \(found)") }
    }
    return differences
  }
}
