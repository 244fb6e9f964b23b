import BoardwalkCore

/// Builds indented JSON text the way people write plan files: objects over several lines,
/// small objects on one.
struct JSONOut {
  private(set) var text = ""
  private var depth = 0
  private var needsComma = [false]
  private var inlineDepth: Int?

  mutating func open(_ bracket: String, inline: Bool = false) {
    separate()
    text += bracket
    depth += 1
    needsComma.append(false)
    if inline, inlineDepth == nil { inlineDepth = depth }
  }

  mutating func close(_ bracket: String) {
    let wasInline = inlineDepth != nil && depth >= inlineDepth!
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
    if depth > 0 {
      if let inline = inlineDepth, depth >= inline {
        if needsComma[needsComma.count - 1] { text += " " }
      } else {
        text += "\n" + String(repeating: "  ", count: depth)
      }
    }
  }
}
