import Foundation
import Testing

/// One keyword of the validator: a schema using it, an instance it accepts, and one it
/// rejects with the pointer and keyword of the failure.
struct KeywordCase: Sendable, CustomTestStringConvertible {
  let name: String
  let schema: String
  let accepted: String
  let rejected: String
  let pointer: String
  let keyword: String

  var testDescription: String { name }
}

@Suite("The test suite's JSON Schema validator")
struct SchemaValidatorTests {
  static let keywordCases: [KeywordCase] = [
    .init(
      name: "type", schema: #"{"type": "string"}"#, accepted: #""a""#, rejected: "1",
      pointer: "", keyword: "type"),
    .init(
      name: "type boolean is not a number", schema: #"{"type": "boolean"}"#, accepted: "false",
      rejected: "0", pointer: "", keyword: "type"),
    .init(
      name: "type number is not a boolean", schema: #"{"type": "number"}"#, accepted: "2.5",
      rejected: "true", pointer: "", keyword: "type"),
    .init(
      name: "type null is not a string", schema: #"{"type": "null"}"#, accepted: "null",
      rejected: #""null""#, pointer: "", keyword: "type"),
    .init(
      name: "type list", schema: #"{"type": ["object", "array"]}"#, accepted: "[]",
      rejected: #""x""#, pointer: "", keyword: "type"),
    .init(
      name: "required", schema: #"{"required": ["id", "title"]}"#,
      accepted: #"{"id": 1, "title": 2}"#, rejected: #"{"id": 1}"#, pointer: "",
      keyword: "required"),
    .init(
      name: "properties", schema: #"{"properties": {"id": {"type": "string"}}}"#,
      accepted: #"{"id": "A1", "other": 3}"#, rejected: #"{"id": 7}"#, pointer: "/id",
      keyword: "type"),
    .init(
      name: "additionalProperties false",
      schema: #"{"properties": {"id": true}, "additionalProperties": false}"#,
      accepted: #"{"id": 1}"#, rejected: #"{"id": 1, "owner": "x"}"#, pointer: "/owner",
      keyword: "false"),
    .init(
      name: "additionalProperties schema",
      schema: #"{"additionalProperties": {"type": "array"}}"#, accepted: #"{"ragp": []}"#,
      rejected: #"{"ragp": {}}"#, pointer: "/ragp", keyword: "type"),
    .init(
      name: "patternProperties",
      schema: #"{"patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": false}"#,
      accepted: #"{"x-note": "kept"}"#, rejected: #"{"x-note": 4}"#, pointer: "/x-note",
      keyword: "type"),
    .init(
      name: "patternProperties leaves other names to additionalProperties",
      schema: #"{"patternProperties": {"^x-": true}, "additionalProperties": false}"#,
      accepted: #"{"x-row": 14}"#, rejected: #"{"row": 14}"#, pointer: "/row", keyword: "false"),
    .init(
      name: "propertyNames", schema: #"{"propertyNames": {"pattern": "^[a-z]+$"}}"#,
      accepted: #"{"ragp": 1}"#, rejected: #"{"RAGP": 1}"#, pointer: "/RAGP", keyword: "pattern"),
    .init(
      name: "items", schema: #"{"items": {"type": "string"}}"#, accepted: #"["SEF", "DBV"]"#,
      rejected: #"["SEF", 10]"#, pointer: "/1", keyword: "type"),
    .init(
      name: "enum", schema: #"{"enum": ["red", "amber"]}"#, accepted: #""amber""#,
      rejected: #""Red""#, pointer: "", keyword: "enum"),
    .init(
      name: "const", schema: #"{"const": "boardwalk-plan/1"}"#, accepted: #""boardwalk-plan/1""#,
      rejected: #""boardwalk-plan/2""#, pointer: "", keyword: "const"),
    .init(
      name: "pattern", schema: #"{"pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"}"#,
      accepted: #""2024-09""#, rejected: #""2024-13""#, pointer: "", keyword: "pattern"),
    .init(
      name: "pattern searches rather than matching the whole text", schema: #"{"pattern": "b"}"#,
      accepted: #""abc""#, rejected: #""xyz""#, pointer: "", keyword: "pattern"),
    .init(
      name: "pattern with \\u escapes",
      schema: #"{"pattern": "^[^\\u0000-\\u001f\\u007f]+$"}"#, accepted: #""PAP5A:1""#,
      rejected: #""1.\u00071""#, pointer: "", keyword: "pattern"),
    .init(
      name: "minLength", schema: #"{"minLength": 1}"#, accepted: #""x""#, rejected: #""""#,
      pointer: "", keyword: "minLength"),
    .init(
      name: "minLength counts characters, not bytes", schema: #"{"minLength": 2}"#,
      accepted: #""日本""#, rejected: #""é""#, pointer: "", keyword: "minLength"),
    .init(
      name: "minItems", schema: #"{"minItems": 1}"#, accepted: "[{}]", rejected: "[]",
      pointer: "", keyword: "minItems"),
    .init(
      name: "maxItems", schema: #"{"maxItems": 2}"#, accepted: "[1, 2]", rejected: "[1, 2, 3]",
      pointer: "", keyword: "maxItems"),
    .init(
      name: "anyOf", schema: #"{"anyOf": [{"type": "string"}, {"enum": [1, 2]}]}"#,
      accepted: "2", rejected: "3", pointer: "", keyword: "anyOf"),
    .init(
      name: "allOf", schema: #"{"allOf": [{"type": "string"}, {"minLength": 3}]}"#,
      accepted: #""red""#, rejected: #""re""#, pointer: "", keyword: "minLength"),
    .init(
      name: "not", schema: #"{"not": {"enum": ["unrated", "done", "open"]}}"#,
      accepted: #""on-track""#, rejected: #""done""#, pointer: "", keyword: "not"),
    .init(
      name: "$ref",
      schema: ##"{"$defs": {"key": {"type": "string"}}, "items": {"$ref": "#/$defs/key"}}"##,
      accepted: #"["a"]"#, rejected: #"["a", null]"#, pointer: "/1", keyword: "type"),
    .init(
      name: "a false schema", schema: #"{"properties": {"gone": false}}"#, accepted: "{}",
      rejected: #"{"gone": 1}"#, pointer: "/gone", keyword: "false"),
    .init(
      name: "pointers escape ~ and /", schema: #"{"additionalProperties": false}"#,
      accepted: "{}", rejected: #"{"a/b~c": 1}"#, pointer: "/a~1b~0c", keyword: "false"),
  ]

  @Test("each keyword accepts what it allows and rejects what breaks it", arguments: keywordCases)
  func keyword(_ keywordCase: KeywordCase) throws {
    let validator = try SchemaValidator(schema: JSONValue.parse(keywordCase.schema))
    let accepted = validator.validate(try JSONValue.parse(keywordCase.accepted))
    #expect(accepted.isEmpty, "\(accepted)")
    let failures = validator.validate(try JSONValue.parse(keywordCase.rejected))
    #expect(failures.count == 1, "\(failures)")
    #expect(failures.first?.pointer == keywordCase.pointer)
    #expect(failures.first?.keyword == keywordCase.keyword)
  }

  @Test("keywords about one kind of value ignore values of other kinds")
  func keywordsApplyToTheirOwnKind() throws {
    let schema = #"{"minLength": 5, "pattern": "^x$", "minItems": 2, "required": ["a"]}"#
    let validator = try SchemaValidator(schema: JSONValue.parse(schema))
    for instance in ["3", "true", "null"] {
      #expect(validator.validate(try JSONValue.parse(instance)).isEmpty)
    }
  }

  @Test("every problem is reported, not just the first")
  func reportsEveryFailure() throws {
    let schema = #"{"required": ["a", "b"], "properties": {"c": {"type": "string"}}}"#
    let validator = try SchemaValidator(schema: JSONValue.parse(schema))
    let failures = validator.validate(try JSONValue.parse(#"{"c": 1}"#))
    #expect(failures.map(\.keyword).sorted() == ["required", "required", "type"])
  }

  @Test(
    "a schema using anything it does not implement is refused",
    arguments: [
      #"{"maxLength": 3}"#, #"{"items": {"format": "date"}}"#, ##"{"$ref": "#/$defs/missing"}"##,
      ##"{"$ref": "other.json#/a"}"##, #"{"pattern": "("}"#,
    ])
  func refusesUnsupportedSchemas(schema: String) throws {
    #expect(throws: SchemaValidator.UnsupportedSchema.self) {
      try SchemaValidator(schema: JSONValue.parse(schema))
    }
  }

  @Test("the plan schema uses only keywords the validator implements")
  func understandsThePlanSchema() throws {
    _ = try SchemaValidator(schema: JSONValue.parse(contentsOf: RepositoryRoot.planSchema))
  }
}
