import BoardwalkCore

/// What a meeting changes in one plan file.
public struct PlanPatch: Hashable, Sendable {
  /// Changes to one existing action.
  public struct ActionChange: Hashable, Sendable {
    public var status: String?
    /// The new due date, as a plan writes one.
    public var due: String?
    public var update: (date: String, status: String?, text: String)?
    public var markConfidential = false

    public static func == (lhs: ActionChange, rhs: ActionChange) -> Bool {
      lhs.status == rhs.status && lhs.due == rhs.due && lhs.markConfidential == rhs.markConfidential
        && lhs.update?.date == rhs.update?.date && lhs.update?.status == rhs.update?.status
        && lhs.update?.text == rhs.update?.text
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(status)
      hasher.combine(update?.text)
    }
  }

  public var changes: [String: ActionChange] = [:]
  public var newActions: [RaisedAction] = []

  public var isEmpty: Bool { changes.isEmpty && newActions.isEmpty }

  /// `bytes` with the patch applied, editing text in place: everything the patch does not
  /// touch stays byte for byte as it was.
  /// - Throws: ``ApplyError`` when the file cannot be mapped or names an action it lacks.
  public func applied(to bytes: [UInt8], file: String) throws(ApplyError) -> [UInt8] {
    guard let map = PlanSourceMap.of(bytes) else {
      throw ApplyError("\(file): the plan file has errors now; run boardwalk check on it")
    }
    var edits: [(range: Range<Int>, text: String)] = []
    // Each action's span by its id (the first, as a search would find): one lookup per change.
    var spans: [String: ActionSpan] = [:]
    for (id, span) in map.spans where spans[id] == nil { spans[id] = span }
    for (id, change) in changes.sorted(by: { $0.key < $1.key }) {
      guard let span = spans[id] else {
        throw ApplyError("\(file): action \(id) is no longer in the plan")
      }
      let indent = Self.fieldIndent(in: bytes, object: span.object)
      var inserted = ""
      if let status = change.status {
        if let range = span.status {
          edits.append((range, JSONText.quoted(status)))
        } else {
          inserted += "\(indent)\"status\": \(JSONText.quoted(status)),"
        }
      }
      if let due = change.due {
        if let range = span.due {
          edits.append((range, JSONText.quoted(due)))
        } else {
          inserted += "\(indent)\"due\": \(JSONText.quoted(due)),"
        }
        // The source's words for the old date no longer describe the due date.
        if let range = span.dueText { edits.append((range, JSONText.quoted(due))) }
      }
      if change.markConfidential {
        if let range = span.confidential {
          edits.append((range, "true"))
        } else {
          inserted += "\(indent)\"confidential\": true,"
        }
      }
      if let update = change.update {
        var object = "{\"date\": \(JSONText.quoted(update.date))"
        if let status = update.status { object += ", \"status\": \(JSONText.quoted(status))" }
        object += ", \"text\": \(JSONText.quoted(update.text))}"
        if let range = span.updates {
          edits.append(
            Self.appending(object, toArray: range, in: bytes, fallbackIndent: indent + "  "))
        } else {
          inserted += "\(indent)\"updates\": [\(object)],"
        }
      }
      if !inserted.isEmpty {
        let afterBrace = span.object.lowerBound + 1
        edits.append((afterBrace..<afterBrace, inserted))
      }
    }
    if !newActions.isEmpty {
      let elementIndent = Self.elementIndent(in: bytes, array: map.actions) ?? "\n    "
      // One edit for them all: edits at the same place would land in reverse order.
      let elements = newActions.map { Self.json($0, indent: elementIndent) }
      edits.append(
        Self.appending(
          elements.joined(separator: "," + elementIndent), toArray: map.actions, in: bytes,
          fallbackIndent: elementIndent))
    }
    // One pass from the start: the bytes between edits are copied once, however many edits
    // there are (replacing each in place would move the rest of the file every time). Edits
    // at the same place keep the order they were made in.
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.text.utf8.count })
    var copied = 0
    let ordered = edits.enumerated().sorted {
      $0.element.range.lowerBound != $1.element.range.lowerBound
        ? $0.element.range.lowerBound < $1.element.range.lowerBound : $0.offset > $1.offset
    }
    for (_, edit) in ordered {
      result.append(contentsOf: bytes[copied..<max(copied, edit.range.lowerBound)])
      result.append(contentsOf: edit.text.utf8)
      copied = max(copied, edit.range.upperBound)
    }
    result.append(contentsOf: bytes[copied...])
    return result
  }

  // MARK: Text surgery

  /// The whitespace before an object's first field (`"\n      "`), to give inserted fields.
  static func fieldIndent(in bytes: [UInt8], object: Range<Int>) -> String {
    var index = object.lowerBound + 1
    while index < object.upperBound, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    let whitespace = String(decoding: bytes[(object.lowerBound + 1)..<index], as: UTF8.self)
    return whitespace.contains("\n") ? whitespace : " "
  }

  /// The whitespace before an array's first element, if it has one.
  static func elementIndent(in bytes: [UInt8], array: Range<Int>) -> String? {
    var index = array.lowerBound + 1
    while index < array.upperBound, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    guard index < array.upperBound - 1 else { return nil }
    return String(decoding: bytes[(array.lowerBound + 1)..<index], as: UTF8.self)
  }

  /// An edit adding `element` as the last element of the array at `array`.
  static func appending(
    _ element: String, toArray array: Range<Int>, in bytes: [UInt8], fallbackIndent: String
  )
    -> (range: Range<Int>, text: String)
  {
    let close = array.upperBound - 1  // the ']'
    var last = close - 1
    while last > array.lowerBound, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[last]) { last -= 1 }
    if last == array.lowerBound {  // empty array
      let closingIndent = fallbackIndent.dropLast(2)
      return (array.lowerBound + 1..<close, fallbackIndent + element + closingIndent)
    }
    let indent = elementIndent(in: bytes, array: array) ?? fallbackIndent
    return (last + 1..<last + 1, "," + indent + element)
  }

  /// A raised action as a plan file writes one.
  static func json(_ action: RaisedAction, indent: String) -> String {
    var fields = [
      "\"id\": \(JSONText.quoted(action.ref.action))", "\"area\": \(JSONText.quoted(action.area))",
      "\"title\": \(JSONText.quoted(action.title))",
    ]
    if !action.owners.isEmpty { fields.append("\"owners\": \(JSONText.array(action.owners))") }
    if let due = action.due { fields.append("\"due\": \(JSONText.quoted(due))") }
    if action.isConfidential { fields.append("\"confidential\": true") }
    let inner = indent + "  "
    return "{" + fields.map { inner + $0 }.joined(separator: ",") + indent + "}"
  }
}
