import CByteScan

/// A pull parser over the bytes of one JSON document. It never builds a tree: the caller
/// asks for the value it expects next, and every value's byte offset is known, so errors
/// can name a line and column. The bytes must already be valid UTF-8 (see ``UTF8Check``).
struct JSONReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  /// Byte offset of the next unread byte.
  private(set) var offset: Int
  /// Offsets of the objects and arrays currently open, innermost last.
  private var open: [Int] = []

  /// Deeper nesting than this is refused rather than risking the stack.
  static let maximumDepth = 256

  init(bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
    open.reserveCapacity(16)
  }

  // MARK: Looking ahead

  /// The kind of the next value, after skipping whitespace.
  mutating func peekKind() throws(JSONSyntaxError) -> JSONValueKind {
    skipWhitespace()
    guard offset < bytes.count else { throw endOfFile(expecting: "a value") }
    switch bytes[offset] {
    case UInt8(ascii: "{"): return .object
    case UInt8(ascii: "["): return .array
    case UInt8(ascii: "\""): return .string
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
    case UInt8(ascii: "t"):
      try checkLiteral("true")
      return .bool
    case UInt8(ascii: "f"):
      try checkLiteral("false")
      return .bool
    case UInt8(ascii: "n"):
      try checkLiteral("null")
      return .null
    default: throw unexpected(expecting: "a value")
    }
  }

  /// Offset of the next value, after skipping whitespace.
  mutating func valueOffset() -> Int {
    skipWhitespace()
    return offset
  }

  /// Fails unless only whitespace remains.
  mutating func expectEnd() throws(JSONSyntaxError) {
    skipWhitespace()
    if offset < bytes.count {
      throw JSONSyntaxError(
        offset: offset,
        message:
          "unexpected \(describe(at: offset)) after the end of the JSON document; remove it (the plan's object has ended)"
      )
    }
  }

  // MARK: Objects and arrays

  /// Consumes `{`.
  mutating func beginObject() throws(JSONSyntaxError) {
    try begin(UInt8(ascii: "{"))
  }

  /// A key as read: where it is, and its text decoded when it held escapes.
  struct Key {
    /// Offset of the key's opening quote.
    let offset: Int
    /// The bytes between the quotes.
    let contents: Range<Int>
    /// The decoded key, when it held escapes (its bytes are not its text).
    let decoded: String?
  }

  /// The bytes between a key's quotes.
  func bytes(of key: Key) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[key.contents])
  }

  /// A key's text.
  func string(of key: Key) -> String {
    key.decoded ?? String(decoding: bytes(of: key), as: UTF8.self)
  }

  /// The next key of the open object, or `nil` after consuming `}`.
  /// `first` must be `true` for the first call on each object.
  mutating func nextKey(first: inout Bool) throws(JSONSyntaxError) -> Key? {
    skipWhitespace()
    guard offset < bytes.count else {
      throw endOfFile(expecting: first ? "a key or '}'" : "',' or '}'")
    }
    if bytes[offset] == UInt8(ascii: "}") {
      if !first, let comma = lastComma, comma == previousSignificant(before: offset) {
        throw JSONSyntaxError(
          offset: comma, message: "a comma before '}' is not allowed in JSON; remove it")
      }
      offset += 1
      open.removeLast()
      return nil
    }
    if !first {
      guard bytes[offset] == UInt8(ascii: ",") else {
        throw unexpected(expecting: "',' or '}' (is a comma missing after the previous value?)")
      }
      lastComma = offset
      offset += 1
      skipWhitespace()
      guard offset < bytes.count else { throw endOfFile(expecting: "a key") }
      if bytes[offset] == UInt8(ascii: "}") {
        throw JSONSyntaxError(
          offset: lastComma ?? offset,
          message: "a comma before '}' is not allowed in JSON; remove it")
      }
    }
    first = false
    guard bytes[offset] == UInt8(ascii: "\"") else {
      if bytes[offset] == UInt8(ascii: "'") {
        throw JSONSyntaxError(
          offset: offset,
          message: "keys need double quotes (\"), not single quotes; change the quotes")
      }
      throw unexpected(expecting: "a key in double quotes")
    }
    let keyOffset = offset
    let scan = try scanString()
    let key: Key
    if scan.isPlain {
      key = Key(offset: keyOffset, contents: scan.contents, decoded: nil)
      offset = scan.contents.upperBound + 1
    } else {
      let decoded = try readEscapedString(
        from: scan.contents.lowerBound, plainUpTo: scan.contents.upperBound)
      key = Key(offset: keyOffset, contents: (keyOffset + 1)..<(offset - 1), decoded: decoded)
    }
    skipWhitespace()
    guard offset < bytes.count else { throw endOfFile(expecting: "':' after the key") }
    guard bytes[offset] == UInt8(ascii: ":") else {
      throw unexpected(expecting: "':' after the key")
    }
    offset += 1
    return key
  }

  /// Consumes `[`.
  mutating func beginArray() throws(JSONSyntaxError) {
    try begin(UInt8(ascii: "["))
  }

  /// Whether another element follows in the open array; consumes `]` when not.
  /// `first` must be `true` for the first call on each array.
  mutating func nextElement(first: inout Bool) throws(JSONSyntaxError) -> Bool {
    skipWhitespace()
    guard offset < bytes.count else {
      throw endOfFile(expecting: first ? "a value or ']'" : "',' or ']'")
    }
    if bytes[offset] == UInt8(ascii: "]") {
      offset += 1
      open.removeLast()
      return false
    }
    if !first {
      guard bytes[offset] == UInt8(ascii: ",") else {
        throw unexpected(expecting: "',' or ']' (is a comma missing after the previous value?)")
      }
      let comma = offset
      offset += 1
      skipWhitespace()
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
        throw JSONSyntaxError(
          offset: comma, message: "a comma before ']' is not allowed in JSON; remove it")
      }
    }
    first = false
    return true
  }

  // MARK: Scalars

  /// Reads a string value.
  mutating func readString() throws(JSONSyntaxError) -> String {
    let scan = try scanString()
    guard scan.isPlain else {
      return try readEscapedString(
        from: scan.contents.lowerBound, plainUpTo: scan.contents.upperBound)
    }
    offset = scan.contents.upperBound + 1
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[scan.contents]), as: UTF8.self)
  }

  /// Reads a string value, appending its text (escapes decoded) to `buffer` without making a
  /// string. Returns whether the text is worth checking for unsafe characters: it held
  /// escapes, or bytes beyond printable ASCII.
  mutating func readString(appendingTo buffer: inout [UInt8]) throws(JSONSyntaxError) -> Bool {
    let scan = try scanString()
    guard scan.isPlain else {
      let decoded = try readEscapedString(
        from: scan.contents.lowerBound, plainUpTo: scan.contents.upperBound)
      buffer.append(contentsOf: decoded.utf8)
      return true
    }
    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[scan.contents]))
    offset = scan.contents.upperBound + 1
    return scan.isNotable
  }

  /// Reads a string value and hands its bytes to `body` without making a string (escapes
  /// decoded first when there are any).
  mutating func readString<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result)
    throws(JSONSyntaxError) -> Result
  {
    let scan = try scanString()
    guard scan.isPlain else {
      var decoded = try readEscapedString(
        from: scan.contents.lowerBound, plainUpTo: scan.contents.upperBound)
      return decoded.withUTF8(body)
    }
    offset = scan.contents.upperBound + 1
    return body(UnsafeBufferPointer(rebasing: bytes[scan.contents]))
  }

  /// Passes over a string value without making it, checking it as ``readString()`` does.
  mutating func skipString() throws(JSONSyntaxError) {
    let scan = try scanString()
    guard scan.isPlain else {
      _ = try readEscapedString(from: scan.contents.lowerBound, plainUpTo: scan.contents.upperBound)
      return
    }
    offset = scan.contents.upperBound + 1
  }

  /// What a scan of a string found.
  private struct StringScan {
    /// From after the opening quote to the closing quote (plain), or to the first escape or
    /// control character (not plain: the careful path takes over from there).
    let contents: Range<Int>
    let isPlain: Bool
    /// Whether the plain part holds bytes beyond printable ASCII.
    let isNotable: Bool
  }

  /// Scans the string at the reader's position, eight bytes at a time while none is a
  /// quote, a backslash or a control character. Leaves the position at the opening quote.
  private mutating func scanString() throws(JSONSyntaxError) -> StringScan {
    skipWhitespace()
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
      throw unexpected(expecting: "a string")
    }
    let start = offset + 1
    var notable: Int32 = 0
    let base = bytes.baseAddress.unsafelyUnwrapped
    let end = bw_scan_string(base, start, bytes.count, &notable)
    if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
      return StringScan(contents: start..<end, isPlain: true, isNotable: notable != 0)
    }
    return StringScan(contents: start..<end, isPlain: false, isNotable: true)
  }

  /// Reads `true` or `false`.
  mutating func readBool() throws(JSONSyntaxError) -> Bool {
    skipWhitespace()
    if match("true") { return true }
    if match("false") { return false }
    throw unexpected(expecting: "true or false")
  }

  /// Skips one value of any kind, however deeply nested.
  mutating func skipValue() throws(JSONSyntaxError) {
    switch try peekKind() {
    case .object:
      try beginObject()
      var first = true
      while try nextKey(first: &first) != nil { try skipValue() }
    case .array:
      try beginArray()
      var first = true
      while try nextElement(first: &first) { try skipValue() }
    case .string:
      try skipString()
    case .number:
      try skipNumber()
    case .bool:
      _ = try readBool()
    case .null:
      guard match("null") else { throw unexpected(expecting: "null") }
    }
  }

  // MARK: Internals

  private var lastComma: Int?

  private mutating func begin(_ opener: UInt8) throws(JSONSyntaxError) {
    skipWhitespace()
    guard offset < bytes.count, bytes[offset] == opener else {
      throw unexpected(expecting: opener == UInt8(ascii: "{") ? "'{'" : "'['")
    }
    guard open.count < JSONReader.maximumDepth else {
      throw JSONSyntaxError(
        offset: offset,
        message:
          "nesting deeper than \(JSONReader.maximumDepth) levels; plan files need only a few, so remove the extra levels"
      )
    }
    open.append(offset)
    offset += 1
  }

  private func previousSignificant(before position: Int) -> Int? {
    var index = position - 1
    while index >= 0 {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index -= 1
      default: return index
      }
    }
    return nil
  }

  private mutating func skipWhitespace() {
    // Most calls find no whitespace at all.
    guard offset < bytes.count, bytes[offset] <= 0x20 else { return }
    offset = bw_skip_whitespace(bytes.baseAddress.unsafelyUnwrapped, offset, bytes.count)
  }

  private mutating func match(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard offset + count <= bytes.count else { return false }
    let pointer = literal.utf8Start
    for index in 0..<count where bytes[offset + index] != pointer[index] { return false }
    // A literal must not run on into letters ("trueish").
    if offset + count < bytes.count, isIdentifierByte(bytes[offset + count]) { return false }
    offset += count
    return true
  }

  private func isIdentifierByte(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  private mutating func skipNumber() throws(JSONSyntaxError) {
    let start = offset
    func digits() -> Int {
      let from = offset
      while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"),
        bytes[offset] <= UInt8(ascii: "9")
      {
        offset += 1
      }
      return offset - from
    }
    if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
    let integerStart = offset
    let integerDigits = digits()
    // A number the end of the file cuts off (`-`, `1.`, `1e+`) is a file cut short.
    guard integerDigits > 0 else {
      if offset == bytes.count { throw endOfFile(expecting: "the digits of a number") }
      throw JSONSyntaxError(
        offset: start, message: "'-' must be followed by digits in a JSON number; write them")
    }
    if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") {
      throw JSONSyntaxError(
        offset: start,
        message: "JSON numbers cannot start with 0 (\"0\" alone is fine); remove the leading zeros")
    }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      guard digits() > 0 else {
        if offset == bytes.count { throw endOfFile(expecting: "the digits of a number") }
        throw JSONSyntaxError(
          offset: offset, message: "expected digits after the decimal point; write them")
      }
    }
    if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
      offset += 1
      if offset < bytes.count,
        bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")
      {
        offset += 1
      }
      guard digits() > 0 else {
        if offset == bytes.count { throw endOfFile(expecting: "the digits of a number") }
        throw JSONSyntaxError(
          offset: offset, message: "expected digits in the exponent; write them")
      }
    }
    if offset < bytes.count, isIdentifierByte(bytes[offset]) {
      throw JSONSyntaxError(
        offset: start, message: "not a JSON number; if it is text, put it in double quotes")
    }
  }

  private mutating func readEscapedString(from start: Int, plainUpTo plainEnd: Int)
    throws(JSONSyntaxError)
    -> String
  {
    var buffer = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<plainEnd]))
    var index = plainEnd
    scanning: while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        offset = index + 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        // A backslash as the file's last byte: the string runs to the end of the file.
        guard index + 1 < bytes.count else { break scanning }
        let escape = bytes[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
          // An escape cut off by the end of the file: the string is never closed.
          guard let scalar = try readUnicodeEscape(at: &index) else { break scanning }
          buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
          throw JSONSyntaxError(
            offset: index - 2,
            message: "\\\(describeByte(escape)) is not a JSON escape (use \\\\ for a backslash)")
        }
      case 0..<0x20:
        throw JSONSyntaxError(
          offset: index,
          message: "control character U+\(hex4(UInt32(byte))) inside a string"
            + (byte == 0x0A
              ? " (a line break: write it as \\n, or is a closing quote missing?)"
              : "; write it as \\u\(hex4(UInt32(byte)))"))
      default:
        buffer.append(byte)
        index += 1
      }
    }
    throw JSONSyntaxError(
      offset: start - 1,
      message:
        "the string starting here is never closed with '\"' (is the file cut short, or a closing quote missing?)"
    )
  }

  /// The scalar a `\uXXXX` escape (or a surrogate pair of them) writes; `nil` when the file
  /// ends inside it.
  private func readUnicodeEscape(at index: inout Int) throws(JSONSyntaxError) -> Unicode.Scalar? {
    let escapeStart = index - 2
    if isCutShortEscape(at: escapeStart) { return nil }
    func hexValue(_ at: Int) -> UInt32? {
      guard at + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for position in at..<(at + 4) {
        let byte = bytes[position]
        let digit: UInt32
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
        value = value << 4 | digit
      }
      return value
    }
    guard let first = hexValue(index) else {
      throw JSONSyntaxError(
        offset: escapeStart,
        message: "\\u must be followed by four hex digits (write \\u0041 for A)")
    }
    index += 4
    if (0xD800..<0xDC00).contains(first) {
      if isCutShortEscape(at: index) { return nil }
      guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u"),
        let second = hexValue(index + 2), (0xDC00..<0xE000).contains(second)
      else {
        throw JSONSyntaxError(
          offset: escapeStart,
          message:
            "\\u\(hex4(first)) is half of a surrogate pair; the other half is missing (write both halves, or the character itself)"
        )
      }
      index += 6
      let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
      return Unicode.Scalar(combined) ?? "\u{FFFD}"
    }
    guard let scalar = Unicode.Scalar(first) else {
      throw JSONSyntaxError(
        offset: escapeStart,
        message:
          "\\u\(hex4(first)) is half of a surrogate pair; the other half is missing (write both halves, or the character itself)"
      )
    }
    return scalar
  }

  /// Whether the bytes from `position` to the end of the file are a proper beginning of a
  /// `\uXXXX` escape: the file ends inside it.
  private func isCutShortEscape(at position: Int) -> Bool {
    guard bytes.count - position < 6 else { return false }
    for index in position..<bytes.count {
      let byte = bytes[index]
      switch index - position {
      case 0: if byte != UInt8(ascii: "\\") { return false }
      case 1: if byte != UInt8(ascii: "u") { return false }
      default:
        let isHex =
          (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
          || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
        if !isHex { return false }
      }
    }
    return true
  }

  /// Checks that `true`, `false` or `null` is written out in full at the reader's position.
  private func checkLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let count = literal.utf8CodeUnitCount
    let pointer = literal.utf8Start
    let available = min(count, bytes.count - offset)
    for index in 0..<available where bytes[offset + index] != pointer[index] {
      throw unexpected(expecting: "a value")
    }
    if available < count {
      throw endOfFile(expecting: "the rest of \(literal)", at: bytes.count)
    }
    if offset + count < bytes.count, isIdentifierByte(bytes[offset + count]) {
      throw unexpected(expecting: "a value")
    }
  }

  private func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private func describeByte(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "U+\(hex4(UInt32(byte)))"
  }

  private func describe(at position: Int) -> String {
    let byte = bytes[position]
    if byte >= 0x20 && byte < 0x7F { return "'\(String(UnicodeScalar(byte)))'" }
    if byte < 0x80 { return "character U+\(hex4(UInt32(byte)))" }
    let scalarText = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[position..<min(bytes.count, position + 4)]),
      as: UTF8.self)
    if let scalar = scalarText.unicodeScalars.first { return "character U+\(hex4(scalar.value))" }
    return "byte \(byte)"
  }

  private func unexpected(expecting expectation: String) -> JSONSyntaxError {
    guard offset < bytes.count else { return endOfFile(expecting: expectation) }
    let byte = bytes[offset]
    let hint: String
    if byte == UInt8(ascii: "/") {
      hint = " (JSON does not allow comments: remove them)"
    } else if byte == UInt8(ascii: "'") {
      hint = " (strings need double quotes, not single quotes: change the quotes)"
    } else if isIdentifierByte(byte) {
      hint = " (text must be in double quotes: put them around it)"
    } else if byte == 0 {
      hint = " (a NUL byte: save the file as UTF-8 text)"
    } else if byte < 0x20 || byte >= 0x7F {
      hint = " (remove it: only spaces, tabs and line breaks may stand between JSON values)"
    } else if expectation.contains("(") {
      hint = ""  // the expectation gives the hint
    } else {
      hint = " (is something missing before it, or is it one too many?)"
    }
    return JSONSyntaxError(
      offset: offset, message: "expected \(expectation), found \(describe(at: offset))\(hint)")
  }

  private func endOfFile(expecting expectation: String, at position: Int? = nil)
    -> JSONSyntaxError
  {
    if let innermost = open.last {
      let kind = bytes[innermost] == UInt8(ascii: "{") ? "object" : "array"
      var walker = SourceWalker(bytes)
      let opened = walker.location(of: innermost)
      return JSONSyntaxError(
        offset: position ?? offset,
        message:
          "the file ends where \(expectation) was expected; the \(kind) opened at line \(opened.line), column \(opened.column) is not closed (is the file cut short?)"
      )
    }
    return JSONSyntaxError(
      offset: position ?? offset,
      message: "the file ends where \(expectation) was expected (is the file cut short?)")
  }
}
