import Foundation

/// A fresh folder for one fault test, removed at the end; and the bytes of files in it.
struct FaultFolder: Sendable {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("bw-cli-faults-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func file(_ name: String) -> String { path + "/" + name }

  /// Makes a folder inside; returns its path.
  func folder(_ name: String) throws -> String {
    try FileManager.default.createDirectory(
      atPath: file(name), withIntermediateDirectories: true)
    return file(name)
  }

  /// Every file under `folder` (this one by default), by path relative to it, with its
  /// bytes. Walked by hand: a folder with a disk mounted on it is walked too.
  func contents(of folder: String? = nil) throws -> [String: Data] {
    var files: [String: Data] = [:]
    func walk(_ relative: String) throws {
      let full = (folder ?? path) + (relative.isEmpty ? "" : "/" + relative)
      for name in try FileManager.default.contentsOfDirectory(atPath: full) {
        let child = relative.isEmpty ? name : relative + "/" + name
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: full + "/" + name, isDirectory: &isFolder)
        if isFolder.boolValue {
          try walk(child)
        } else {
          files[child] = FileManager.default.contents(atPath: full + "/" + name)
        }
      }
    }
    try walk("")
    return files
  }

  /// Names under the folder that look like temporary files or backups Boardwalk writes.
  func leftovers() throws -> [String] {
    try contents().keys.filter { $0.hasSuffix(".tmp") || $0.contains(".bak-") }.sorted()
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
