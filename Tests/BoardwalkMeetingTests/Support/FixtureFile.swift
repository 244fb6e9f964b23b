import BoardwalkTestSupport
import Foundation

/// Files kept in the test bundle's `Fixtures` folder.
enum FixtureFile {
  /// The path of `Fixtures/NAME`.
  static func path(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: name)
    guard
      let path = Bundle.module.path(
        forResource: url.deletingPathExtension().lastPathComponent, ofType: url.pathExtension,
        inDirectory: "Fixtures")
    else { throw TestProblem("no fixture \(name) in the test bundle") }
    return path
  }

  static func bytes(_ name: String) throws -> [UInt8] {
    try FileBytes.read(try path(name))
  }
}
