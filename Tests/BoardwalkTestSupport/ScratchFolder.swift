import Foundation

/// A fresh folder of a test's own under the system's temporary folder, and the files in it.
///
/// It is a value: nothing removes the folder but `remove()`, so a test says when it is done
/// with it, most often with `defer { folder.remove() }` right after making it. (A class that
/// removed it in `deinit` could lose it as soon as the test last names it, while a process
/// the test started still works in it.)
public struct ScratchFolder: Sendable {
  /// The folder.
  public let url: URL

  /// The folder's path.
  public var path: String { url.path }

  /// Makes an empty folder named `bw-PREFIX-` and eight random characters (the prefix tells
  /// which tests left a folder behind, should one be left).
  public init(_ prefix: String) throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("bw-\(prefix)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The path of `name` (which may hold subfolders: `a/b.json`) inside the folder; nothing
  /// is made.
  public func file(_ name: String) -> String { path + "/" + name }

  /// Writes `bytes` to `name` inside the folder, making the subfolders `name` holds; returns
  /// the file's path.
  @discardableResult
  public func write(_ name: String, bytes: [UInt8]) throws -> String {
    let target = file(name)
    try FileManager.default.createDirectory(
      atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: target))
    return target
  }

  /// Writes `text` as UTF-8 to `name` inside the folder, making the subfolders `name` holds;
  /// returns the file's path.
  @discardableResult
  public func write(_ name: String, text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  /// Makes the folder `name` (and the folders above it) inside the folder, if missing;
  /// returns its path.
  @discardableResult
  public func folder(_ name: String) throws -> String {
    let target = file(name)
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    return target
  }

  /// The bytes of `name` inside the folder.
  public func bytes(_ name: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: file(name)) else {
      throw TestProblem("cannot read \(file(name))")
    }
    return Array(data)
  }

  /// The names directly in the folder, sorted.
  public func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }

  /// Every file under `folder` (this folder when `nil`), by path relative to it, with its
  /// bytes. Walked by hand, so a folder with a disk mounted on it is walked too.
  public func contents(of folder: String? = nil) throws -> [String: Data] {
    let top = folder ?? path
    var files: [String: Data] = [:]
    func walk(_ relative: String) throws {
      let full = top + (relative.isEmpty ? "" : "/" + relative)
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

  /// The files under the folder, by relative path and sorted, that look like the temporary
  /// files (`….tmp`) or backups (`….bak-…`) Boardwalk writes.
  public func leftovers() throws -> [String] {
    try contents().keys.filter { $0.hasSuffix(".tmp") || $0.contains(".bak-") }.sorted()
  }

  /// Removes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
