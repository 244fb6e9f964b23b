import Foundation

/// Typed, strict access to the fields of one object JSONSerialization produced.
struct JSONFields {
  let object: [String: Any]

  init(_ object: [String: Any]) {
    self.object = object
  }

  private func value(_ key: String) throws -> Any {
    guard let value = object[key] else { throw OutputShapeError("missing \"\(key)\" in \(object)") }
    return value
  }

  func string(_ key: String) throws -> String {
    guard let text = try value(key) as? String else {
      throw OutputShapeError("\"\(key)\" is not a string in \(object)")
    }
    return text
  }

  func stringOrNull(_ key: String) throws -> String? {
    let value = try value(key)
    if value is NSNull { return nil }
    guard let text = value as? String else {
      throw OutputShapeError("\"\(key)\" is neither a string nor null in \(object)")
    }
    return text
  }

  func strings(_ key: String) throws -> [String] {
    guard let list = try value(key) as? [String] else {
      throw OutputShapeError("\"\(key)\" is not an array of strings in \(object)")
    }
    return list
  }

  func bool(_ key: String) throws -> Bool {
    guard let number = try value(key) as? NSNumber, number.isBoolean else {
      throw OutputShapeError("\"\(key)\" is not a boolean in \(object)")
    }
    return number.boolValue
  }

  func int(_ key: String) throws -> Int {
    guard let number = try value(key) as? NSNumber, !number.isBoolean,
      let integer = Int(exactly: number.doubleValue)
    else {
      throw OutputShapeError("\"\(key)\" is not an integer in \(object)")
    }
    return integer
  }
}

extension NSNumber {
  /// Whether JSONSerialization made this number from `true` or `false` (Foundation bridges
  /// numbers and booleans freely, so `as? Bool` cannot tell them apart).
  fileprivate var isBoolean: Bool { String(cString: objCType) == "c" }
}
