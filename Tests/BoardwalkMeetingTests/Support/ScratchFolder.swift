import Foundation

/// A fresh folder under the temporary directory, removed when a test is done with it.
struct ScratchFolder: Sendable {
  let path: String

  init(_ prefix: String) throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("bw-meeting-\(prefix)-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// Writes `bytes` to `name` inside the folder; returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let target = file(name)
    try Data(bytes).write(to: URL(fileURLWithPath: target))
    return target
  }

  /// Writes `text` as UTF-8 to `name` inside the folder; returns its path.
  @discardableResult
  func write(_ name: String, text: String) throws -> String {
    try write(name, Array(text.utf8))
  }

  /// The bytes of `name` inside the folder.
  func bytes(_ name: String) throws -> [UInt8] {
    try FileBytes.read(file(name))
  }

  /// The names in the folder, sorted.
  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
