/// The text of one plan file's actions, laid end to end in one buffer, so loading a plan
/// copies text in bulk instead of making a string for every value. Strings are made only
/// when something reads them (a visible row, the detail pane, an export).
public final class PlanText: Sendable {
  /// UTF-8, escapes already decoded.
  let bytes: [UInt8]

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// A text holding these strings, and a reference to each (for actions made in code).
  public static func holding(_ strings: [String]) -> (PlanText, [TextRef]) {
    var builder = Builder()
    let refs = strings.map { builder.append($0) }
    return (builder.build(), refs)
  }

  /// The string a reference names.
  public func string(_ ref: TextRef) -> String {
    bytes.withUnsafeBufferPointer { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[ref.range]), as: UTF8.self)
    }
  }

  /// The bytes a reference names, for searching without making a string.
  func withBytes<Result>(_ ref: TextRef, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    bytes.withUnsafeBufferPointer { buffer in body(UnsafeBufferPointer(rebasing: buffer[ref.range]))
    }
  }

  /// Collects text while a plan is read.
  struct Builder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
      bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: String) -> TextRef {
      let start = bytes.count
      bytes.append(contentsOf: text.utf8)
      return TextRef(start: start, end: bytes.count)
    }

    mutating func append(_ raw: UnsafeBufferPointer<UInt8>) -> TextRef {
      let start = bytes.count
      bytes.append(contentsOf: raw)
      return TextRef(start: start, end: bytes.count)
    }

    func build() -> PlanText { PlanText(bytes: bytes) }
  }
}

/// Where a piece of text sits in its ``PlanText``: eight bytes instead of a string.
public struct TextRef: Hashable, Sendable {
  let offset: UInt32
  let length: UInt32

  init(start: Int, end: Int) {
    offset = UInt32(truncatingIfNeeded: start)
    length = UInt32(truncatingIfNeeded: end - start)
  }

  var range: Range<Int> { Int(offset)..<(Int(offset) + Int(length)) }
  var isEmpty: Bool { length == 0 }

  /// No text: what an action keeps for prose its file does not have (read as `nil`).
  static let absent = TextRef(offset: .max, length: .max)

  /// This reference, or `nil` when it is ``absent``.
  var present: TextRef? { self == .absent ? nil : self }

  private init(offset: UInt32, length: UInt32) {
    self.offset = offset
    self.length = length
  }
}
