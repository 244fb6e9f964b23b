import BoardwalkCore
import Foundation

/// A cell, row or sheet the import could not read, or read with a caveat: where it is, what
/// is wrong, and how to fix it.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
  public let severity: Diagnostic.Severity
  /// `SHEET!C12`, `SHEET!7:7` (a row), `SHEET` or `C12` (in a CSV file); `nil` for the file.
  public let place: String?
  public let message: String

  public init(_ severity: Diagnostic.Severity, _ place: String?, _ message: String) {
    self.severity = severity
    self.place = place
    self.message = message
  }

  public var isError: Bool { severity == .error }

  /// `PLACE: error: message`.
  public var description: String {
    (place.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
  }
}

/// What the import understood of a tracker: each sheet used or skipped and why, each column
/// and the field it became, the status words found and the level each became, how dates
/// were read, and every problem, named by file, sheet and cell.
public struct ImportReport: Sendable {
  /// The tracker, as it was named.
  public let file: String
  /// What was understood, one line each, for people.
  public internal(set) var lines: [String] = []
  public internal(set) var problems: [ImportProblem] = []

  public init(file: String) { self.file = file }

  public var hasErrors: Bool { problems.contains(where: \.isError) }

  mutating func note(_ line: String) { lines.append(line) }

  mutating func error(_ place: String?, _ message: String) {
    problems.append(ImportProblem(.error, place, message))
  }

  mutating func warning(_ place: String?, _ message: String) {
    problems.append(ImportProblem(.warning, place, message))
  }

  /// The problems as diagnostics, named `FILE:SHEET!C12`, the way the loader reports a plan
  /// file's problems (so `check` and every command show them alike).
  public var diagnostics: [Diagnostic] {
    problems.map { problem in
      Diagnostic(
        problem.severity, file: problem.place.map { "\(file):\($0)" } ?? file,
        message: problem.message)
    }
  }

  /// The whole report as text: what was understood, then every problem as
  /// `FILE:SHEET!C12: error: message`.
  public var text: String {
    var text = lines.map { $0 + "\n" }.joined()
    for diagnostic in diagnostics { text += diagnostic.description + "\n" }
    return text
  }

  /// A sheet's name as a cell reference writes it: quoted when it holds anything but
  /// letters, digits and `_` (`'Priority 1'!C12`), as Excel writes it.
  static func sheetPrefix(_ name: String) -> String {
    let plain = name.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
    }
    if plain, let first = name.unicodeScalars.first, !("0"..."9").contains(first) { return name }
    return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
