import BoardwalkTestSupport
import Foundation

/// Every file in a folder with its bytes: a picture to compare before and after an
/// operation that must write nothing.
struct FolderContents: Equatable, CustomStringConvertible {
  let files: [String: [UInt8]]

  init(of folder: ScratchFolder) throws {
    var files: [String: [UInt8]] = [:]
    for name in try folder.names() { files[name] = try folder.bytes(name) }
    self.files = files
  }

  var description: String {
    files.keys.sorted().map { "\($0) (\(files[$0]?.count ?? 0) bytes)" }.joined(separator: ", ")
  }

  /// Names that look like `AtomicFile`'s temporary files (`.NAME.boardwalk-PID.tmp`).
  static func temporaryFiles(in folder: ScratchFolder) throws -> [String] {
    try folder.names().filter { $0.contains(".boardwalk-") && $0.hasSuffix(".tmp") }
  }
}
