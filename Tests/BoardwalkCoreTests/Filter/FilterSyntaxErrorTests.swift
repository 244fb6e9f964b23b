import Testing

@testable import BoardwalkCore

/// A malformed expression, where the parser must stop (0-based, in characters) and words
/// its message must hold.
struct SyntaxErrorCase: Sendable, CustomStringConvertible {
  let text: String
  let position: Int
  let says: [String]

  init(_ text: String, at position: Int, says: String...) {
    self.text = text
    self.position = position
    self.says = says
  }

  var description: String { text }
}

@Suite("Filter grammar errors name the position and what was expected")
struct FilterSyntaxErrorTests: FilterErrorSuite {
  static let cases: [SyntaxErrorCase] = [
    // An empty value after a key.
    SyntaxErrorCase("owner:", at: 6, says: "expected a value after \"owner:\""),
    SyntaxErrorCase("owner: x", at: 6, says: "expected a value after \"owner:\""),
    SyntaxErrorCase("status:red area:", at: 16, says: "expected a value after \"area:\""),
    SyntaxErrorCase("Due:", at: 4, says: "expected a value after \"due:\""),
    SyntaxErrorCase("owner:=", at: 7, says: "expected a value after \"owner:\""),
    SyntaxErrorCase("owner:~", at: 7, says: "expected a value after \"owner:\""),
    SyntaxErrorCase(
      "status:~red", at: 7, says: "\"~\" (owners containing the text) applies only to owner:"),
    // Unknown keys.
    SyntaxErrorCase(
      "colour:red", at: 0, says: "unknown key \"colour:\"",
      "owner, area, plan, status, due and confidential"),
    SyntaxErrorCase("plan:x Colour:red", at: 7, says: "unknown key \"colour:\""),
    SyntaxErrorCase("-foo:bar", at: 1, says: "unknown key \"foo:\""),
    SyntaxErrorCase("text:bar", at: 0, says: "unknown key \"text:\""),
    // Keys with a stray dash or prefix: not silently a text search (issue 13).
    SyntaxErrorCase(
      "--status:red", at: 1, says: "\"-status:\" is not a key: write \"status:\"",
      "one \"-\" before a term negates it"),
    SyntaxErrorCase("x-status:red", at: 0, says: "\"x-status:\" is not a key: write \"status:\""),
    SyntaxErrorCase("area x-Owner:Jo", at: 5, says: "\"x-Owner:\" is not a key: write \"owner:\""),
    SyntaxErrorCase("--foo:bar", at: 1, says: "unknown key \"-foo:\""),
    SyntaxErrorCase("due_date:2026", at: 0, says: "unknown key \"due_date:\""),
    // Quotes.
    SyntaxErrorCase("owner:\"Head of SEND", at: 6, says: "never closed"),
    SyntaxErrorCase("a \"b", at: 2, says: "never closed"),
    SyntaxErrorCase(#"owner:"x\""#, at: 6, says: "never closed"),
    SyntaxErrorCase("ab\"c\"", at: 2, says: "quote in the middle of a value"),
    SyntaxErrorCase("owner:Head\"x", at: 10, says: "quote in the middle of a value"),
    SyntaxErrorCase("\"abc\"def", at: 5, says: "unexpected \"d\""),
    // A lone minus.
    SyntaxErrorCase("-", at: 0, says: "\"-\" must be followed by a term"),
    SyntaxErrorCase("status:red -", at: 11, says: "\"-\" must be followed by a term"),
    SyntaxErrorCase("- status:red", at: 0, says: "\"-\" must be followed by a term"),
    // Commas.
    SyntaxErrorCase("status:red,", at: 11, says: "expected a value after \"status:\""),
    SyntaxErrorCase("status:red, amber", at: 11, says: "expected a value after \"status:\""),
    SyntaxErrorCase("word,", at: 5, says: "expected a value"),
    SyntaxErrorCase("status:red,,amber", at: 11, says: "empty value before \",\""),
    SyntaxErrorCase("status:,red", at: 7, says: "empty value before \",\""),
    // Exact match on another key.
    SyntaxErrorCase("status:=red", at: 7, says: "\"=\" (exact match) applies only to owner:"),
    // Positions count characters, not bytes or scalars.
    SyntaxErrorCase("café owner:", at: 11, says: "expected a value after \"owner:\""),
    SyntaxErrorCase("cafe\u{301} owner:", at: 11, says: "expected a value after \"owner:\""),
    SyntaxErrorCase("👨‍👩‍👧 owner:", at: 8, says: "expected a value after \"owner:\""),
  ]

  @Test("error position and message", arguments: cases)
  func syntaxError(_ example: SyntaxErrorCase) throws {
    let error = try #require(Self.error(example.text))
    #expect(error.position == example.position)
    for words in example.says {
      #expect(error.message.contains(words), "\(error.message)")
    }
  }

  @Test("the description counts columns from 1")
  func description() throws {
    let error = try #require(Self.error("owner: x"))
    #expect(error.description == "column 7: expected a value after \"owner:\"")
  }
}
