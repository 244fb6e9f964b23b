import BoardwalkCore

/// Builds JSON text. Pretty: the way people write plan files, objects over several lines and
/// small objects on one. Compact: the whole document on one line, as programs write it by
/// default (Python's `json.dump`, `JSON.stringify`), with `", "` and `": "` between values.
struct JSONOut {
  private(set) var text = ""
  private var depth = 0
  private var needsComma = [false]
  private var inlineDepth: Int?

  init(layout: JSONLayout = .pretty) {
    // Compact is inline from the outermost bracket down.
    if layout == .compact { inlineDepth = 0 }
  }

  mutating func open(_ bracket: String, inline: Bool = false) {
    separate()
    text += bracket
    depth += 1
    needsComma.append(false)
    if inline, inlineDepth == nil { inlineDepth = depth }
  }

  mutating func close(_ bracket: String) {
    let wasInline = inlineDepth.map { depth >= $0 } ?? false
    depth -= 1
    needsComma.removeLast()
    if wasInline {
      text += bracket
    } else {
      text += "\n" + String(repeating: "  ", count: depth) + bracket
    }
    if let inline = inlineDepth, depth < inline { inlineDepth = nil }
    needsComma[needsComma.count - 1] = true
  }

  mutating func key(_ name: String) {
    separate()
    text += JSONText.quoted(name) + ": "
    needsComma[needsComma.count - 1] = false
    pendingValue = true
  }

  mutating func field(_ name: String, _ value: String) {
    key(name)
    pendingValue = false
    text += JSONText.quoted(value)
    needsComma[needsComma.count - 1] = true
  }

  mutating func raw(_ name: String, _ value: String) {
    key(name)
    pendingValue = false
    text += value
    needsComma[needsComma.count - 1] = true
  }

  mutating func array(_ name: String, _ values: [String]) {
    key(name)
    pendingValue = false
    text += "[" + values.map { JSONText.quoted($0) }.joined(separator: ", ") + "]"
    needsComma[needsComma.count - 1] = true
  }

  private var pendingValue = false

  private mutating func separate() {
    if pendingValue {
      pendingValue = false
      return
    }
    if needsComma[needsComma.count - 1] { text += "," }
    if let inline = inlineDepth, depth >= inline {
      if needsComma[needsComma.count - 1] { text += " " }
    } else if depth > 0 {
      text += "\n" + String(repeating: "  ", count: depth)
    }
  }
}

/// How generated JSON is laid out.
public enum JSONLayout: String, Sendable, CaseIterable {
  /// Indented over many lines, as people write plan files.
  case pretty
  /// One line per file, as programs write JSON by default.
  case compact
}
