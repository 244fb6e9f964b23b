import Foundation

/// Paths in the checkout this test file belongs to.
enum RepositoryRoot {
  /// `Tests/BoardwalkLoadingTests/Support/RepositoryRoot.swift`, four levels below the root.
  static let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  static let sampleData = url.appendingPathComponent("SampleData")
  static let planSchema = url.appendingPathComponent("docs/plan.schema.json")
}
