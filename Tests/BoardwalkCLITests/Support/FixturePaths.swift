import Foundation

/// The plan files under Fixtures/, as the test bundle holds them (`Bundle.module`).
enum Fixtures {
  static let root: URL =
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)
    ?? Bundle.module.bundleURL.appendingPathComponent("Fixtures")

  /// The folder of good plans: alpha.json (custom scale) then beta.json (dca).
  static var plans: String { path("plans") }
  static var alpha: String { path("plans/alpha.json") }
  static var beta: String { path("plans/beta.json") }

  /// The folder of bad files, in name order: duplicate-alpha, syntax, values.
  static var bad: String { path("bad") }
  static var duplicateAlpha: String { path("bad/duplicate-alpha.json") }
  static var syntax: String { path("bad/syntax.json") }
  static var values: String { path("bad/values.json") }

  private static func path(_ relative: String) -> String {
    root.appendingPathComponent(relative).path
  }
}
