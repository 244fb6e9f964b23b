/// Reads the filter grammar (docs/filters.md):
///
///     expression := term (whitespace term)*
///     term       := ["-"] [key ":" ["="]] value ("," value)*
///     key        := owner | area | plan | status | due      (any case)
///     value      := bare | "\"" (any character but \" or \\, or \\\" or \\\\)* "\""
///     bare       := one or more characters other than whitespace, "," and "\""
///
/// Terms must all hold; a comma means any of the values; `-` negates a term; a term with no
/// key searches text. Every error names its position.
public enum FilterParser {
  /// Parses `text` into an expression.
  public static func parse(_ text: String) throws(FilterError) -> FilterExpression {
    var scanner = Scanner(Array(text))
    var terms: [FilterTerm] = []
    while true {
      scanner.skipWhitespace()
      if scanner.isAtEnd { break }
      terms.append(try scanner.term())
    }
    return FilterExpression(terms: terms)
  }

  private struct Scanner {
    let characters: [Character]
    var position = 0

    init(_ characters: [Character]) {
      self.characters = characters
    }

    var isAtEnd: Bool { position >= characters.count }
    var current: Character? { isAtEnd ? nil : characters[position] }

    mutating func skipWhitespace() {
      while let character = current, character.isWhitespace { position += 1 }
    }

    mutating func term() throws(FilterError) -> FilterTerm {
      let start = position
      var negated = false
      if current == "-" {
        negated = true
        position += 1
        guard let next = current, !next.isWhitespace else {
          throw FilterError(
            position: start,
            message: "\"-\" must be followed by a term to negate, such as -status:done")
        }
      }
      var key = FilterKey.text
      let keyStart = position
      var end = position
      while end < characters.count, characters[end].isLetter, characters[end].isASCII { end += 1 }
      if end > position, end < characters.count, characters[end] == ":" {
        let word = String(characters[position..<end]).lowercased()
        guard let known = FilterKey(rawValue: word), known != .text else {
          throw FilterError(
            position: keyStart,
            message:
              "unknown key \"\(word):\" (keys are owner, area, plan, status and due; to search for text holding \":\", put it in double quotes)"
          )
        }
        key = known
        position = end + 1
      }
      var exact = false
      if key != .text, current == "=" {
        guard key == .owner else {
          throw FilterError(
            position: position, message: "\"=\" (exact match) applies only to owner:")
        }
        exact = true
        position += 1
      }
      var values: [String] = []
      var ranges: [Range<Int>] = []
      repeat {
        if !values.isEmpty { position += 1 }  // the comma
        let valueStart = position
        let value = try self.value(after: key == .text ? nil : key)
        if key == .due, let problem = Self.dueProblem(value) {
          let quoteOffset = characters[valueStart] == "\"" ? 1 : 0
          throw FilterError(
            position: valueStart + quoteOffset + problem.offset, message: problem.message)
        }
        values.append(value)
        ranges.append(valueStart..<position)
      } while current == ","
      if let character = current, !character.isWhitespace {
        throw FilterError(
          position: position,
          message:
            "unexpected \"\(character)\" (put a space between terms; quote values holding it)")
      }
      return FilterTerm(key, values, negated: negated, exact: exact, valueRanges: ranges)
    }

    mutating func value(after key: FilterKey?) throws(FilterError) -> String {
      let start = position
      guard let first = current, !first.isWhitespace else {
        let what = key.map { "after \"\($0.rawValue):\"" } ?? "here"
        throw FilterError(position: start, message: "expected a value \(what)")
      }
      if first == "," {
        throw FilterError(
          position: start, message: "empty value before \",\" (write values as a,b)")
      }
      if first == "\"" { return try quoted() }
      var value = ""
      while let character = current, !character.isWhitespace, character != "," {
        if character == "\"" {
          throw FilterError(
            position: position,
            message: "a quote in the middle of a value; quote the whole value: \"like this\"")
        }
        value.append(character)
        position += 1
      }
      return value
    }

    mutating func quoted() throws(FilterError) -> String {
      let open = position
      position += 1
      var value = ""
      while let character = current {
        position += 1
        switch character {
        case "\"":
          guard !value.isEmpty else {
            throw FilterError(
              position: open, message: "empty quotes match nothing useful; put a value between them"
            )
          }
          return value
        case "\\":
          guard let escaped = current else { break }
          value.append(escaped)
          position += 1
        default:
          value.append(character)
        }
      }
      throw FilterError(position: open, message: "this quote is never closed; add a closing \"")
    }

    static func dueProblem(_ value: String) -> DueConditionProblem? {
      if case .failure(let problem) = DueCondition.parse(value) { return problem }
      return nil
    }
  }
}
