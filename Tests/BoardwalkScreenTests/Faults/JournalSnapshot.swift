import Foundation

/// A journal file as it is on disk, read with Foundation's JSON parser, independently of the
/// code under test: its complete lines as entries, and whatever follows the last line break.
struct JournalSnapshot: Sendable, CustomStringConvertible {
  struct Entry: Equatable, Sendable, CustomStringConvertible {
    let sequence: Int
    let type: String
    let action: String?
    /// A note's or decision's `text`, a status change's `reason`, a new action's `title`.
    let text: String?

    var description: String {
      "\(sequence) \(type)" + (action.map { " \($0)" } ?? "") + (text.map { " \"\($0)\"" } ?? "")
    }
  }

  struct Unreadable: Error, CustomStringConvertible {
    let description: String
  }

  let bytes: [UInt8]
  let entries: [Entry]
  /// Bytes after the last line break (a line being written when the app died).
  let tail: [UInt8]

  init(path: String) throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Unreadable(description: "cannot read the journal \(path)")
    }
    bytes = Array(data)
    let end = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    tail = Array(bytes[end...])
    var entries: [Entry] = []
    for line in bytes[..<end].split(separator: 0x0A) {
      let value = try? JSONSerialization.jsonObject(with: Data(line))
      guard let object = value as? [String: Any], let sequence = object["seq"] as? Int,
        let type = object["type"] as? String
      else {
        throw Unreadable(
          description: "\(path): not a journal entry: \(String(decoding: line, as: UTF8.self))")
      }
      let text = (object["text"] ?? object["reason"] ?? object["title"]) as? String
      entries.append(
        Entry(sequence: sequence, type: type, action: object["action"] as? String, text: text))
    }
    self.entries = entries
  }

  /// Whether the entries are numbered 1, 2, 3… with no gap or repeat.
  var isNumberedInOrder: Bool {
    entries.enumerated().allSatisfy { $0.element.sequence == $0.offset + 1 }
  }

  /// The action of the last `moved` entry: where a resumed meeting must open.
  var lastMovedAction: String? {
    entries.last { $0.type == "moved" }?.action
  }

  var description: String {
    entries.map(\.description).joined(separator: "\n")
      + (tail.isEmpty ? "" : "\n(then \(tail.count) bytes without a line break)")
  }
}
