import BoardwalkTestSupport
import Foundation

/// A journal line read by Foundation's own JSON parser, independently of the code under test.
enum JSONObject {
  static func parse(_ line: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
    guard let object = value as? [String: Any] else {
      throw TestProblem("not a JSON object: \(line)")
    }
    return object
  }
}
