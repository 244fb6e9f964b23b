import BoardwalkTestSupport
import Foundation

/// Where the package, its SampleData and this target's fixtures are.
enum PackagePaths {
  /// The package root: the nearest folder above the tests holding Package.swift.
  static var root: URL { PackageRoot.url }

  /// /work/main/SampleData, or wherever the package is checked out.
  static var sampleData: String { root.appendingPathComponent("SampleData").path }

  /// The day SampleData's README suggests judging it on.
  static let sampleToday = "2026-11-22"
}

/// The plan files under Fixtures/, as the test bundle holds them (`Bundle.module`).
enum Fixtures {
  static let root: URL =
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)
    ?? Bundle.module.bundleURL.appendingPathComponent("Fixtures")

  /// A plan whose texts hold terminal escape sequences and control characters.
  static var hostilePlan: String { root.appendingPathComponent("hostile-plan.json").path }
}
