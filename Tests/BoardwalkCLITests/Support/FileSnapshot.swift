import Foundation

/// Every regular file under some folders, with its bytes and modification time: taken
/// before and after running commands to prove no input file was written, touched, added or
/// removed.
struct FileSnapshot: Equatable {
  struct Entry: Equatable {
    let contents: Data
    let modified: Date
    let size: Int
  }

  let entries: [String: Entry]

  init(folders: [String]) throws {
    var entries: [String: Entry] = [:]
    let manager = FileManager.default
    for folder in folders {
      guard let walker = manager.enumerator(atPath: folder) else {
        throw OutputShapeError("cannot walk \(folder)")
      }
      while let relative = walker.nextObject() as? String {
        let path = (folder as NSString).appendingPathComponent(relative)
        let attributes = try manager.attributesOfItem(atPath: path)
        guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
        entries[path] = Entry(
          contents: try Data(contentsOf: URL(fileURLWithPath: path)),
          modified: attributes[.modificationDate] as? Date ?? .distantPast,
          size: (attributes[.size] as? NSNumber)?.intValue ?? -1)
      }
    }
    self.entries = entries
  }

  /// The paths whose entry differs between the two snapshots, or that only one holds.
  func changedPaths(since earlier: FileSnapshot) -> [String] {
    Set(entries.keys).union(earlier.entries.keys)
      .filter { entries[$0] != earlier.entries[$0] }
      .sorted()
  }
}
