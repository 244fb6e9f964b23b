import BoardwalkTestSupport
import Foundation

/// Where the package, its SampleData and this target's fixtures are.
enum PackagePaths {
  /// The package root: the nearest folder above the tests holding Package.swift.
  static var root: URL { PackageRoot.url }

  /// /work/main/SampleData, or wherever the package is checked out.
  static var sampleData: String { root.appendingPathComponent("SampleData").path }
}
