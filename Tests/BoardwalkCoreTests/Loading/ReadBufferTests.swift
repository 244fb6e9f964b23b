import Foundation
import Testing

@testable import BoardwalkCore

/// A loading worker reads file after file into one buffer: each read gives that file's bytes
/// whole, whatever was read before; a file that cannot be read says why.
@Suite("a worker's read buffer, kept from one file to the next")
struct ReadBufferTests {
  static func file(_ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "readbuffer-\(UUID().uuidString)"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("files of different sizes, read one after another, each read whole")
  func readsInTurn() throws {
    let buffer = ReadBuffer()
    let sizes = [0, 1, 100_000, 3, 1_048_577, 64]
    for size in sizes {
      let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
      let path = try Self.file(bytes)
      defer { try? FileManager.default.removeItem(atPath: path) }
      guard case .success(let read) = buffer.read(path) else {
        Issue.record("\(size) bytes could not be read")
        continue
      }
      #expect(Array(read) == bytes, "\(size) bytes")
    }
  }

  @Test("a file that is not there says so in the system's words")
  func missing() {
    let result = ReadBuffer().read("/nonexistent/\(UUID().uuidString).json")
    guard case .failure(let problem) = result else {
      Issue.record("a missing file was read")
      return
    }
    #expect(problem.reason == "No such file or directory")
  }

  @Test("a map whose workers each keep a context gives every element's result once, in order")
  func everyResultOnce() {
    let seen = ConcurrentMap.map(
      Array(0..<200), withEach: { [Int]() }, { index, _ in index * 2 })
    #expect(seen == Array(0..<200).map { $0 * 2 })
  }
}
