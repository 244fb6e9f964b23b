/// What kind of value starts at the reader's position.
enum JSONValueKind: Equatable, Sendable {
  case object
  case array
  case string
  case number
  case bool
  case null

  /// "a string", "an object": for messages.
  var phrase: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .bool: "true or false"
    case .null: "null"
    }
  }
}
