import BoardwalkTestSupport
import Foundation

/// Reading a file's bytes, failing the test with the path when it cannot be read.
enum FileBytes {
  static func read(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw TestProblem("cannot read \(path)")
    }
    return Array(data)
  }
}
