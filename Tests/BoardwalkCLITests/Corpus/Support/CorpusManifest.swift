import Foundation
import Testing

/// One diagnostic a corpus file must produce, as `expectations.json` writes it.
struct CorpusDiagnostic: Decodable, Sendable, CustomStringConvertible {
  let severity: String
  let line: Int
  let column: Int
  /// `""` names the whole document.
  let pointer: String
  /// Words the message must contain.
  let phrases: [String]
  /// The whole message, when the manifest pins it.
  let message: String?

  var isError: Bool { severity == "error" }

  var description: String {
    "\(line):\(column): \(severity): \(pointer): \(message ?? phrases.joined(separator: " … "))"
  }
}

/// One file of the bad-plan corpus (Tests/BoardwalkLoadingTests/BadPlans) and what loading
/// it must give.
struct CorpusEntry: Decodable, Sendable, CustomTestStringConvertible {
  struct LoadedAfter: Decodable, Sendable {
    let files: [String]
    let diagnostics: [CorpusDiagnostic]
  }

  let file: String
  /// Whether the file loads (it has warnings at most).
  let loads: Bool
  /// Every diagnostic, in file order.
  let diagnostics: [CorpusDiagnostic]
  /// The files that, loaded before this one, give it other diagnostics (a plan id clash).
  let loadedAfter: LoadedAfter?

  var testDescription: String { file }

  var path: String { CorpusManifest.path(of: file) }
}

/// The bad-plan corpus of the loading tests, reached from the package root, and its manifest.
enum CorpusManifest {
  static let folder = PackagePaths.root.appendingPathComponent(
    "Tests/BoardwalkLoadingTests/BadPlans")

  static func path(of file: String) -> String {
    folder.appendingPathComponent(file).path
  }

  static func entries() throws -> [CorpusEntry] {
    let data = try Data(contentsOf: folder.appendingPathComponent("expectations.json"))
    return try JSONDecoder().decode([CorpusEntry].self, from: data)
  }

  /// The plan files of the folder, in the order `boardwalk` loads a folder: by name.
  static func fileNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") && $0 != "expectations.json" }
      .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
