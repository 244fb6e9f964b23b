import Foundation

/// A JSON Schema validator for the keywords `docs/plan.schema.json` uses: `type`, `required`,
/// `properties`, `additionalProperties`, `patternProperties`, `propertyNames`, `items`,
/// `enum`, `const`, `pattern`, `minLength`, `minItems`, `maxItems`, `anyOf`, `allOf`, `not`, and `$ref`
/// to `#/$defs/...`. It refuses a schema that uses any other keyword, so a schema that grows
/// cannot be half checked.
struct SchemaValidator {
  /// Why an instance does not match: where, and which keyword failed.
  struct Failure: Equatable, CustomStringConvertible {
    let pointer: String
    let keyword: String
    let message: String

    var description: String { "\(pointer.isEmpty ? "(root)" : pointer): \(keyword): \(message)" }
  }

  /// A schema this validator cannot apply.
  struct UnsupportedSchema: Error, CustomStringConvertible {
    let description: String
  }

  /// Keywords that only describe or hold definitions; they never make an instance invalid.
  static let annotationKeywords: Set<String> = [
    "$schema", "$id", "$defs", "$comment", "title", "description",
  ]

  private let root: JSONValue
  private let definitions: [String: JSONValue]
  private let expressions: [String: NSRegularExpression]

  init(schema: JSONValue) throws {
    root = schema
    if case .object(let members) = schema, case .object(let defs)? = members["$defs"] {
      definitions = defs
    } else {
      definitions = [:]
    }
    var expressions: [String: NSRegularExpression] = [:]
    var survey = SchemaSurvey(definitions: definitions)
    try survey.check(schema, at: "#")
    for (name, definition) in definitions { try survey.check(definition, at: "#/$defs/\(name)") }
    for pattern in survey.patterns {
      do {
        expressions[pattern] = try NSRegularExpression(pattern: pattern)
      } catch {
        throw UnsupportedSchema(description: "pattern \(pattern) does not compile")
      }
    }
    self.expressions = expressions
  }

  /// Every way `instance` breaks the schema; empty when it matches.
  func validate(_ instance: JSONValue) -> [Failure] {
    var failures: [Failure] = []
    check(instance, against: root, at: "", into: &failures)
    return failures
  }

  // MARK: Applying a schema

  private func check(
    _ instance: JSONValue, against schema: JSONValue, at pointer: String,
    into failures: inout [Failure]
  ) {
    guard case .object(let keywords) = schema else {
      if schema == .bool(false) {
        failures.append(Failure(pointer: pointer, keyword: "false", message: "nothing is allowed"))
      }
      return
    }
    func fail(_ keyword: String, _ message: String) {
      failures.append(Failure(pointer: pointer, keyword: keyword, message: message))
    }
    if case .string(let reference)? = keywords["$ref"], let target = resolve(reference) {
      check(instance, against: target, at: pointer, into: &failures)
    }
    if let type = keywords["type"], !matchesType(instance, type) {
      fail("type", "\(instance.schemaTypes.sorted()) is not \(type)")
    }
    if case .array(let values)? = keywords["enum"], !values.contains(instance) {
      fail("enum", "not one of the allowed values")
    }
    if let constant = keywords["const"], constant != instance {
      fail("const", "not the required value")
    }
    checkString(instance, keywords, fail)
    checkArray(instance, keywords, at: pointer, into: &failures)
    checkObject(instance, keywords, at: pointer, into: &failures)
    checkCombinations(instance, keywords, at: pointer, into: &failures)
  }

  private func checkString(
    _ instance: JSONValue, _ keywords: [String: JSONValue], _ fail: (String, String) -> Void
  ) {
    guard case .string(let text) = instance else { return }
    if case .number(let minimum)? = keywords["minLength"],
      Double(text.unicodeScalars.count) < minimum
    {
      fail("minLength", "shorter than \(Int(minimum)) characters")
    }
    if case .string(let pattern)? = keywords["pattern"], let expression = expressions[pattern] {
      let range = NSRange(text.startIndex..<text.endIndex, in: text)
      if expression.firstMatch(in: text, range: range) == nil {
        fail("pattern", "does not match \(pattern)")
      }
    }
  }

  private func checkArray(
    _ instance: JSONValue, _ keywords: [String: JSONValue], at pointer: String,
    into failures: inout [Failure]
  ) {
    guard case .array(let elements) = instance else { return }
    if case .number(let minimum)? = keywords["minItems"], Double(elements.count) < minimum {
      failures.append(
        Failure(pointer: pointer, keyword: "minItems", message: "fewer than \(Int(minimum)) items"))
    }
    if case .number(let maximum)? = keywords["maxItems"], Double(elements.count) > maximum {
      failures.append(
        Failure(pointer: pointer, keyword: "maxItems", message: "more than \(Int(maximum)) items"))
    }
    if let items = keywords["items"] {
      for (index, element) in elements.enumerated() {
        check(element, against: items, at: "\(pointer)/\(index)", into: &failures)
      }
    }
  }

  private func checkObject(
    _ instance: JSONValue, _ keywords: [String: JSONValue], at pointer: String,
    into failures: inout [Failure]
  ) {
    guard case .object(let members) = instance else { return }
    if case .array(let required)? = keywords["required"] {
      for case .string(let name) in required where members[name] == nil {
        failures.append(
          Failure(pointer: pointer, keyword: "required", message: "\"\(name)\" is missing"))
      }
    }
    var properties: [String: JSONValue] = [:]
    if case .object(let declared)? = keywords["properties"] { properties = declared }
    var patterned: [String: JSONValue] = [:]
    if case .object(let declared)? = keywords["patternProperties"] { patterned = declared }
    for name in members.keys.sorted() {
      guard let value = members[name] else { continue }
      let memberPointer = pointer + "/" + Self.escape(name)
      if let names = keywords["propertyNames"] {
        check(.string(name), against: names, at: memberPointer, into: &failures)
      }
      var matched = false
      if let schema = properties[name] {
        matched = true
        check(value, against: schema, at: memberPointer, into: &failures)
      }
      for pattern in patterned.keys.sorted() where matches(name, pattern) {
        matched = true
        if let schema = patterned[pattern] {
          check(value, against: schema, at: memberPointer, into: &failures)
        }
      }
      if !matched, let additional = keywords["additionalProperties"] {
        check(value, against: additional, at: memberPointer, into: &failures)
      }
    }
  }

  private func checkCombinations(
    _ instance: JSONValue, _ keywords: [String: JSONValue], at pointer: String,
    into failures: inout [Failure]
  ) {
    if case .array(let schemas)? = keywords["allOf"] {
      for schema in schemas { check(instance, against: schema, at: pointer, into: &failures) }
    }
    if case .array(let schemas)? = keywords["anyOf"],
      !schemas.contains(where: { isValid(instance, against: $0, at: pointer) })
    {
      failures.append(
        Failure(pointer: pointer, keyword: "anyOf", message: "matches none of the alternatives"))
    }
    if let schema = keywords["not"], isValid(instance, against: schema, at: pointer) {
      failures.append(
        Failure(pointer: pointer, keyword: "not", message: "matches a schema it must not match"))
    }
  }

  // MARK: Helpers

  private func isValid(_ instance: JSONValue, against schema: JSONValue, at pointer: String)
    -> Bool
  {
    var failures: [Failure] = []
    check(instance, against: schema, at: pointer, into: &failures)
    return failures.isEmpty
  }

  private func matchesType(_ instance: JSONValue, _ type: JSONValue) -> Bool {
    switch type {
    case .string(let name): return instance.schemaTypes.contains(name)
    case .array(let names):
      return names.contains {
        if case .string(let name) = $0 { instance.schemaTypes.contains(name) } else { false }
      }
    default: return false
    }
  }

  private func matches(_ text: String, _ pattern: String) -> Bool {
    guard let expression = expressions[pattern] else { return false }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    return expression.firstMatch(in: text, range: range) != nil
  }

  private func resolve(_ reference: String) -> JSONValue? {
    let prefix = "#/$defs/"
    guard reference.hasPrefix(prefix) else { return nil }
    return definitions[String(reference.dropFirst(prefix.count))]
  }

  /// A key as one JSON pointer component (RFC 6901).
  static func escape(_ key: String) -> String {
    key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
  }
}
