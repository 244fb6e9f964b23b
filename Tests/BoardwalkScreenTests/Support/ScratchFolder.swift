import Foundation

/// A fresh folder under the temporary directory, removed when a test is done with it.
struct ScratchFolder: Sendable {
  let url: URL

  init(prefix: String) throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("bw-\(prefix)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }

  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
