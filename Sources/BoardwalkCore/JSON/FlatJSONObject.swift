/// A flat JSON object (its fields strings, whole numbers, booleans or null), read with the
/// plan files' own ``JSONReader``: for documents such as journal lines, which are read in
/// their tens of thousands and are nearly always flat.
public enum FlatJSONObject {
  public enum Value: Sendable, Hashable {
    case string(String)
    /// A whole number as JSON writes one (`0`, `-12`: no fraction, exponent or leading zero).
    case integer(Int)
    case boolean(Bool)
    case null
  }

  /// Calls `field` with each field's name (as UTF-8) and value, in order. Returns `false`,
  /// having stopped, when the UTF-8 is not one flat JSON object (a list or an object as a
  /// value, a number that is not a whole number of at most 18 digits, a name with an escape,
  /// bad JSON) or when `field` returns `false`.
  public static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, _ field: (UnsafeBufferPointer<UInt8>, Value) -> Bool
  ) -> Bool {
    var reader = JSONReader(bytes: bytes)
    do {
      guard try reader.peekKind() == .object else { return false }
      try reader.beginObject()
      var first = true
      while let key = try reader.nextKey(first: &first) {
        guard key.decoded == nil else { return false }
        let value: Value
        switch try reader.peekKind() {
        case .string: value = .string(try reader.readString())
        case .bool: value = .boolean(try reader.readBool())
        case .null:
          try reader.skipValue()
          value = .null
        case .number:
          let start = reader.valueOffset()
          try reader.skipValue()
          guard let number = integer(UnsafeBufferPointer(rebasing: bytes[start..<reader.offset]))
          else { return false }
          value = .integer(number)
        case .object, .array:
          return false
        }
        guard field(reader.bytes(of: key), value) else { return false }
      }
      try reader.expectEnd()
      return true
    } catch {
      return false
    }
  }

  /// The number when it is a whole number of at most 18 digits, without a leading zero.
  private static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let negative = text.first == UInt8(ascii: "-")
    if negative { index = 1 }
    let digits = text.count - index
    guard digits > 0, digits <= 18, digits == 1 || text[index] != UInt8(ascii: "0") else {
      return nil
    }
    var value = 0
    while index < text.count {
      let byte = text[index]
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
      index += 1
    }
    return negative ? -value : value
  }
}
