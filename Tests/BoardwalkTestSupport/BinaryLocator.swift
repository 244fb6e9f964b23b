import Foundation

/// Finds the `boardwalk` executable that `swift build` / `swift test` built beside a test
/// bundle, whatever the scratch path.
public enum BinaryLocator {
  /// No built binary where one was looked for.
  public struct NotFound: Error, CustomStringConvertible {
    /// The paths looked at, in order.
    public let searched: [String]

    public var description: String {
      "the boardwalk binary was not found; build it first (`swift build`, or "
        + "`swift build --build-tests --scratch-path PATH`). Looked for: "
        + searched.joined(separator: ", ")
    }
  }

  /// The path of the built binary, for the test target whose resource bundle is `bundle`
  /// (pass `.module`).
  public static func boardwalk(besides bundle: Bundle) throws -> String {
    var candidates: [String] = []
    for folder in candidateFolders(besides: bundle) {
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
  private static func candidateFolders(besides bundle: Bundle) -> [URL] {
    let resources = bundle.bundleURL.deletingLastPathComponent()
    let main = Bundle.main.bundleURL
    return [
      resources,
      main,
      main.deletingLastPathComponent(),
      PackageRoot.url.appendingPathComponent(".build/debug"),
    ]
  }
}
