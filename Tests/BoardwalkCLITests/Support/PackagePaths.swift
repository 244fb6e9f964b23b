import Foundation

/// Where the package, its SampleData and this target's fixtures are.
enum PackagePaths {
  /// The package root: the nearest folder above this source file holding Package.swift.
  static let root: URL = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        return folder
      }
      folder.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }()

  /// /work/main/SampleData, or wherever the package is checked out.
  static var sampleData: String { root.appendingPathComponent("SampleData").path }
}
