/// What reading the first bytes of a valid plan file must report, worked out with a scanner
/// of its own: where the cut falls decides the one error, and where it points.
enum TruncationOracle {
  enum Cut: Equatable, CustomStringConvertible {
    /// Nothing is left.
    case empty
    /// The cut splits the character starting at this offset.
    case insideCharacter(at: Int)
    /// The cut falls inside the string whose opening quote is at this offset.
    case insideString(openedAt: Int)
    /// The cut falls between tokens, or inside a number or `true`, `false` or `null`: the
    /// error is at the end of what is left.
    case betweenTokens(endingAt: Int)
    /// The whole document is left (at most white space is cut): it loads.
    case wholeDocument

    var description: String {
      switch self {
      case .empty: "empty"
      case .insideCharacter(let at): "inside the character at byte \(at)"
      case .insideString(let at): "inside the string opened at byte \(at)"
      case .betweenTokens(let at): "between tokens, ending at byte \(at)"
      case .wholeDocument: "the whole document"
      }
    }

    /// Where the error must be, or `nil` when there is none.
    var errorOffset: Int? {
      switch self {
      case .empty: 0
      case .insideCharacter(let at), .insideString(let at), .betweenTokens(let at): at
      case .wholeDocument: nil
      }
    }

    /// Words the error's message must hold.
    var phrases: [String] {
      switch self {
      case .empty: ["the file is empty"]
      case .insideCharacter: ["ends in the middle of a character", "is the file cut short?"]
      case .insideString: ["never closed", "is the file cut short"]
      case .betweenTokens: ["the file ends where", "is the file cut short?"]
      case .wholeDocument: []
      }
    }
  }

  /// The cut of `document` (one JSON object, valid UTF-8, no byte order mark) after `length`
  /// bytes.
  static func cut(_ document: [UInt8], after length: Int) -> Cut {
    guard length > 0 else { return .empty }
    if let lastClose = document.lastIndex(of: UInt8(ascii: "}")), length > lastClose {
      return .wholeDocument
    }
    var lead = length - 1
    while lead > 0, document[lead] & 0xC0 == 0x80 { lead -= 1 }
    if length - lead < sequenceLength(document[lead]) { return .insideCharacter(at: lead) }
    var openQuote: Int?
    var escaped = false
    for (offset, byte) in document[..<length].enumerated() {
      if openQuote == nil {
        if byte == UInt8(ascii: "\"") { openQuote = offset }
      } else if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        openQuote = nil
      }
    }
    if let openQuote { return .insideString(openedAt: openQuote) }
    return .betweenTokens(endingAt: length)
  }

  private static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
  }
}
