import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The parts of a Word package, unpacked with ZIPFoundation, by name.
struct WordPackageParts {
  let parts: [String: String]
  /// The parts' names in the order they are stored.
  let order: [String]

  init(_ bytes: [UInt8]) throws {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var parts: [String: String] = [:]
    var order: [String] = []
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      parts[entry.path] = String(decoding: data, as: UTF8.self)
      order.append(entry.path)
    }
    self.parts = parts
    self.order = order
  }

  subscript(name: String) -> String? { parts[name] }

  /// Whether `xml` is well-formed XML (Foundation's parser reads it to the end).
  static func isWellFormed(_ xml: String) -> Bool {
    let parser = XMLParser(data: Data(xml.utf8))
    return parser.parse()
  }
}
