/// Reads the filter grammar (docs/filters.md):
///
///     expression := term (whitespace term)*
///     term       := ["-"] [key ":" ["=" | "~"]] value ("," value)*
///     key        := owner | area | plan | status | due | confidential      (any case)
///     value      := bare | "\"" (any character but \" or \\, or \\\" or \\\\)* "\""
///     bare       := one or more characters other than whitespace, "," and "\""
///
/// Terms must all hold; a comma means any of the values; `-` negates a term; a term with no
/// key searches text. Every error names its position.
///
/// The text is read scalar by scalar, so a quote, comma, colon or space is one even when a
/// combining mark follows it (`"` + U+0301 is one Character, equal to neither); positions
/// in errors and value ranges still count Characters, as the screen shows them.
public enum FilterParser {
  /// Parses `text` into an expression.
  public static func parse(_ text: String) throws(FilterError) -> FilterExpression {
    var scanner = Scanner(text)
    var terms: [FilterTerm] = []
    while true {
      scanner.skipWhitespace()
      if scanner.isAtEnd { break }
      terms.append(try scanner.term())
    }
    return FilterExpression(terms: terms)
  }

  private struct Scanner {
    let scalars: [Unicode.Scalar]
    /// For each scalar, and for the end, the index of the Character it is part of.
    let characterIndex: [Int]
    var position = 0

    init(_ text: String) {
      var characterIndex: [Int] = []
      for (index, character) in text.enumerated() {
        characterIndex += repeatElement(index, count: character.unicodeScalars.count)
      }
      characterIndex.append(characterIndex.last.map { $0 + 1 } ?? 0)
      scalars = Array(text.unicodeScalars)
      self.characterIndex = characterIndex
    }

    var isAtEnd: Bool { position >= scalars.count }
    var current: Unicode.Scalar? { isAtEnd ? nil : scalars[position] }

    /// An error at scalar `position`, placed at the Character holding it.
    func error(at position: Int, _ message: String) -> FilterError {
      FilterError(position: characterIndex[min(position, scalars.count)], message: message)
    }

    mutating func skipWhitespace() {
      while let character = current, character.properties.isWhitespace { position += 1 }
    }

    mutating func term() throws(FilterError) -> FilterTerm {
      let start = position
      var negated = false
      if current == "-" {
        negated = true
        position += 1
        guard let next = current, !next.properties.isWhitespace else {
          throw error(
            at: start, "\"-\" must be followed by a term to negate, such as -status:done")
        }
      }
      var key = FilterKey.text
      let keyStart = position
      var end = position
      while end < scalars.count, scalars[end].properties.isAlphabetic,
        scalars[end].isASCII
      {
        end += 1
      }
      if end > position, end < scalars.count, scalars[end] == ":" {
        let word = String(String.UnicodeScalarView(scalars[position..<end])).lowercased()
        guard let known = FilterKey(rawValue: word), known != .text else {
          throw error(
            at: keyStart,
            "unknown key \"\(word):\" (keys are owner, area, plan, status, due and confidential; to search for text holding \":\", put it in double quotes)"
          )
        }
        key = known
        position = end + 1
      } else if let word = keyLike(from: keyStart) {
        // A key with a stray dash or prefix (`--status:red`, `x-status:red`) would otherwise
        // search for its text and match nothing, silently.
        let stripped = word.drop { $0 == "-" }
        let bare = stripped.lowercased().hasPrefix("x-") ? stripped.dropFirst(2) : stripped
        if let known = FilterKey(rawValue: bare.lowercased()), known != .text {
          throw error(
            at: keyStart,
            "\"\(word):\" is not a key: write \"\(known.rawValue):\" (one \"-\" before a term negates it, as -\(known.rawValue):…; to search for the text, put it in double quotes)"
          )
        }
        throw error(
          at: keyStart,
          "unknown key \"\(word):\" (keys are owner, area, plan, status, due and confidential; to search for text holding \":\", put it in double quotes)"
        )
      }
      // An owner is matched whole by default (`owner:=X` says so explicitly); `owner:~X`
      // matches every owner containing X.
      var exact = key == .owner
      if key != .text, let mark = current, mark == "=" || mark == "~" {
        guard key == .owner else {
          throw error(
            at: position,
            mark == "="
              ? "\"=\" (exact match) applies only to owner:"
              : "\"~\" (owners containing the text) applies only to owner:")
        }
        exact = mark == "="
        position += 1
      }
      var values: [String] = []
      var ranges: [Range<Int>] = []
      repeat {
        if !values.isEmpty { position += 1 }  // the comma
        let valueStart = position
        let value = try self.value(after: key == .text ? nil : key)
        if key == .due, let problem = Self.dueProblem(value) {
          let quoteOffset = scalars[valueStart] == "\"" ? 1 : 0
          let start = characterIndex[valueStart + quoteOffset]
          throw FilterError(
            position: min(start + problem.offset, characterIndex[scalars.count]),
            message: problem.message)
        }
        values.append(value)
        ranges.append(characterIndex[valueStart]..<characterIndex[position])
      } while current == ","
      if let character = current, !character.properties.isWhitespace {
        throw error(
          at: position,
          "unexpected \"\(character)\" (put a space between terms; quote values holding it)")
      }
      return FilterTerm(key, values, negated: negated, exact: exact, valueRanges: ranges)
    }

    /// A word that reads as a key but is not one (letters with dashes, underscores or digits
    /// among them, then a colon), starting at `start`.
    func keyLike(from start: Int) -> String? {
      var end = start
      var hasLetter = false
      while end < scalars.count, scalars[end].isASCII,
        scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end])
          || scalars[end] == "-" || scalars[end] == "_"
      {
        if scalars[end].properties.isAlphabetic { hasLetter = true }
        end += 1
      }
      guard hasLetter, end > start, end < scalars.count, scalars[end] == ":" else { return nil }
      return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    mutating func value(after key: FilterKey?) throws(FilterError) -> String {
      let start = position
      guard let first = current, !first.properties.isWhitespace else {
        let what = key.map { "after \"\($0.rawValue):\"" } ?? "here"
        throw error(at: start, "expected a value \(what)")
      }
      if first == "," {
        throw error(at: start, "empty value before \",\" (write values as a,b)")
      }
      if first == "\"" { return try quoted() }
      var value = String.UnicodeScalarView()
      while let character = current, !character.properties.isWhitespace, character != "," {
        if character == "\"" {
          throw error(
            at: position, "a quote in the middle of a value; quote the whole value: \"like this\"")
        }
        value.append(character)
        position += 1
      }
      return String(value)
    }

    mutating func quoted() throws(FilterError) -> String {
      let open = position
      position += 1
      var value = String.UnicodeScalarView()
      while let character = current {
        position += 1
        switch character {
        case "\"":
          guard !value.isEmpty else {
            throw error(at: open, "empty quotes match nothing useful; put a value between them")
          }
          return String(value)
        case "\\":
          guard let escaped = current else { break }
          value.append(escaped)
          position += 1
        default:
          value.append(character)
        }
      }
      throw error(at: open, "this quote is never closed; add a closing \"")
    }

    static func dueProblem(_ value: String) -> DueConditionProblem? {
      if case .failure(let problem) = DueCondition.parse(value) { return problem }
      return nil
    }
  }
}
