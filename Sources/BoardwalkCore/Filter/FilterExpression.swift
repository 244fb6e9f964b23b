/// A parsed filter: terms that must all hold. Written and read in the one filter grammar
/// that `--filter`, the screen's filter editor and the heat map all use (docs/filters.md).
public struct FilterExpression: Sendable, Hashable, CustomStringConvertible {
  public var terms: [FilterTerm]

  public init(terms: [FilterTerm] = []) {
    self.terms = terms
  }

  /// The expression that keeps every action.
  public static let all = FilterExpression()

  public var isEmpty: Bool { terms.isEmpty }

  /// The expression in canonical form: keys in lower case, values quoted where they need it.
  public var description: String { terms.map(\.description).joined(separator: " ") }

  /// This expression with `term` added, replacing any term of the same key and sign
  /// (a picker that sets the owner replaces the owner already set).
  public func setting(_ term: FilterTerm) -> FilterExpression {
    var terms = self.terms.filter {
      $0.key != term.key || $0.isNegated != term.isNegated || term.key == .text
    }
    terms.append(term)
    return FilterExpression(terms: terms)
  }

  /// This expression without terms of `key`.
  public func removing(_ key: FilterKey) -> FilterExpression {
    FilterExpression(terms: terms.filter { $0.key != key })
  }
}

/// What a term tests.
public enum FilterKey: String, Sendable, Hashable, CaseIterable {
  case owner, area, plan, status, due
  /// `confidential:yes` or `confidential:no`: whether the plan marks the action
  /// confidential (exempt information).
  case confidential
  /// A bare word or quoted phrase: free-text search.
  case text
}

/// One term: a key, its values (any of which may hold) and whether it is negated.
public struct FilterTerm: Sendable, Hashable, CustomStringConvertible {
  public var key: FilterKey
  public var values: [String]
  public var isNegated: Bool
  /// For `owner:`, whether values must equal an owner, ignoring case (`owner:LAP`, the
  /// default) rather than be contained in one (`owner:~LAP`). False for other keys.
  public var isExact: Bool
  /// Where the term's values sit in the text it was parsed from, in characters (for errors
  /// found after parsing, such as an unknown status).
  public var valueRanges: [Range<Int>]

  public init(
    _ key: FilterKey, _ values: [String], negated: Bool = false, exact: Bool? = nil,
    valueRanges: [Range<Int>] = []
  ) {
    self.key = key
    self.values = values
    self.isNegated = negated
    self.isExact = key == .owner && (exact ?? true)
    self.valueRanges = valueRanges
  }

  public var description: String {
    let list = values.map { FilterTerm.quotedIfNeeded($0, key: key) }.joined(separator: ",")
    let sign = isNegated ? "-" : ""
    let loose = key == .owner && !isExact ? "~" : ""
    return key == .text ? sign + list : "\(sign)\(key.rawValue):\(loose)\(list)"
  }

  public static func == (lhs: FilterTerm, rhs: FilterTerm) -> Bool {
    lhs.key == rhs.key && lhs.values == rhs.values && lhs.isNegated == rhs.isNegated
      && lhs.isExact == rhs.isExact
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(key)
    hasher.combine(values)
    hasher.combine(isNegated)
    hasher.combine(isExact)
  }

  /// A value as the grammar must write it: in double quotes when it holds a space, comma,
  /// quote or backslash, is empty, or (as free text) could be read as a key or a negation.
  /// Decided scalar by scalar, as the parser reads (a combining mark after a quote or a
  /// colon leaves it a quote or a colon).
  static func quotedIfNeeded(_ value: String, key: FilterKey) -> String {
    let scalars = value.unicodeScalars
    let needsQuotes =
      value.isEmpty
      || scalars.contains(where: {
        $0.properties.isWhitespace || $0 == "," || $0 == "\"" || $0 == "\\"
      })
      || (key == .text && (scalars.first == "-" || scalars.contains(":")))
      || scalars.first == "=" || scalars.first == "~"
    guard needsQuotes else { return value }
    var quoted = "\""
    for scalar in scalars {
      if scalar == "\"" || scalar == "\\" { quoted.append("\\") }
      quoted.unicodeScalars.append(scalar)
    }
    return quoted + "\""
  }
}

extension FilterExpression {
  /// Whether every action this expression keeps is kept by `earlier` too, judging by the
  /// text of the terms alone: `earlier`'s terms all appear here, or appear here as text
  /// searches that now hold more text (typing `owne` after `own`). Lets a live edit search
  /// only the actions the previous filter kept.
  public func narrows(_ earlier: FilterExpression) -> Bool {
    earlier.terms.allSatisfy { old in
      terms.contains { new in
        if new == old { return true }
        guard new.key == .text, old.key == .text, !new.isNegated, !old.isNegated,
          old.values.count == 1,
          new.values.count == 1
        else { return false }
        return SearchFolding.fold(new.values[0]).contains(SearchFolding.fold(old.values[0]))
      }
    }
  }
}
