/// Walks a schema before it is used: refuses keywords the validator does not implement and
/// references it cannot resolve, and collects the regular expressions to compile.
struct SchemaSurvey {
  let definitions: [String: JSONValue]
  private(set) var patterns: Set<String> = []

  init(definitions: [String: JSONValue]) {
    self.definitions = definitions
  }

  mutating func check(_ schema: JSONValue, at location: String) throws {
    switch schema {
    case .bool: return
    case .object(let keywords):
      for (keyword, value) in keywords {
        try check(keyword: keyword, value: value, at: location + "/" + keyword)
      }
    default:
      throw SchemaValidator.UnsupportedSchema(description: "\(location) is not a schema")
    }
  }

  private mutating func check(keyword: String, value: JSONValue, at location: String) throws {
    switch keyword {
    case "properties":
      guard case .object(let members) = value else { throw notValid(location) }
      for (name, schema) in members { try check(schema, at: location + "/" + name) }
    case "patternProperties":
      guard case .object(let members) = value else { throw notValid(location) }
      for (pattern, schema) in members {
        patterns.insert(pattern)
        try check(schema, at: location + "/" + pattern)
      }
    case "additionalProperties", "propertyNames", "items", "not":
      try check(value, at: location)
    case "anyOf", "allOf":
      guard case .array(let schemas) = value, !schemas.isEmpty else { throw notValid(location) }
      for (index, schema) in schemas.enumerated() { try check(schema, at: "\(location)/\(index)") }
    case "pattern":
      guard case .string(let pattern) = value else { throw notValid(location) }
      patterns.insert(pattern)
    case "$ref":
      guard case .string(let reference) = value, reference.hasPrefix("#/$defs/"),
        definitions[String(reference.dropFirst("#/$defs/".count))] != nil
      else {
        throw SchemaValidator.UnsupportedSchema(description: "\(location) cannot be resolved")
      }
    case "type", "required", "enum", "const", "minLength", "minItems", "maxItems":
      return
    case _ where SchemaValidator.annotationKeywords.contains(keyword):
      return
    default:
      throw SchemaValidator.UnsupportedSchema(
        description: "\(location): the keyword \(keyword) is not supported")
    }
  }

  private func notValid(_ location: String) -> SchemaValidator.UnsupportedSchema {
    SchemaValidator.UnsupportedSchema(description: "\(location) has the wrong form")
  }
}
