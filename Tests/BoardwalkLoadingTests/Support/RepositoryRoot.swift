import BoardwalkTestSupport
import Foundation

/// Paths in the checkout this test file belongs to.
enum RepositoryRoot {
  /// The package's root folder.
  static var url: URL { PackageRoot.url }

  static let sampleData = url.appendingPathComponent("SampleData")
  static let planSchema = url.appendingPathComponent("docs/plan.schema.json")
}
