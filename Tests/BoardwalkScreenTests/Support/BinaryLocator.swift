import Foundation

/// Finds the `boardwalk` executable that `swift build` / `swift test` built beside this test
/// bundle, whatever the scratch path.
enum BinaryLocator {
  struct NotFound: Error, CustomStringConvertible {
    let searched: [String]

    var description: String {
      "the boardwalk binary was not found; build it first (`swift build`, or "
        + "`swift build --build-tests --scratch-path PATH`). Looked for: "
        + searched.joined(separator: ", ")
    }
  }

  /// The built binary.
  static func boardwalk() throws -> String {
    var candidates: [String] = []
    for folder in candidateFolders() {
      let candidate = folder.appendingPathComponent("boardwalk").standardizedFileURL.path
      if !candidates.contains(candidate) { candidates.append(candidate) }
    }
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
      return candidate
    }
    throw NotFound(searched: candidates)
  }

  /// The build products folder first (where the test bundle and its resources sit, so any
  /// `--scratch-path` works), then the default `.build` folder of the package.
  private static func candidateFolders() -> [URL] {
    let resources = Bundle.module.bundleURL.deletingLastPathComponent()
    let main = Bundle.main.bundleURL
    return [
      resources,
      main,
      main.deletingLastPathComponent(),
      PackagePaths.root.appendingPathComponent(".build/debug"),
    ]
  }
}
