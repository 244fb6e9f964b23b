/// Type-ahead matching for pickers: the query's characters (spaces aside) must appear in order
/// in the candidate, compared as ``SearchFolding`` folds text (case and composition aside);
/// matches at word starts and in runs score higher, and so does the query found whole.
/// Candidates are read as folded UTF-8, so a list of a million is matched without making a
/// string for any of them.
public enum FuzzyMatch {
  /// A query made ready once for matching many candidates.
  public struct Query: Hashable, Sendable {
    /// The folded query without its spaces, as Unicode scalar values.
    let scalars: [UInt32]
    /// The same, as UTF-8: found whole in a candidate, it earns a bonus.
    let compact: [UInt8]
    /// The folded query with its outer spaces trimmed: found whole, it earns a bonus.
    let phrase: [UInt8]

    public init(_ text: String) {
      let folded = SearchFolding.fold(text)
      let kept = folded.unicodeScalars.filter { !$0.properties.isWhitespace }
      scalars = kept.map(\.value)
      var compact = ""
      compact.unicodeScalars.append(contentsOf: kept)
      self.compact = Array(compact.utf8)
      phrase = Array(folded.utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed())
    }

    /// Whether the query matches everything (it has no characters but spaces).
    public var isEmpty: Bool { scalars.isEmpty }

    /// Whether every candidate this query matches is sure to match `other` too: this
    /// query's characters start with all of the other's.
    public func narrows(_ other: Query) -> Bool { scalars.starts(with: other.scalars) }
  }

  /// A score for `candidate` against `query` (higher is better), or `nil` when it does not
  /// match. An empty query matches everything with score 0.
  public static func score(_ query: String, in candidate: String) -> Int? {
    var folded = SearchFolding.fold(candidate)
    return folded.withUTF8 { score(Query(query), folded: $0) }
  }

  /// ``score(_:in:)`` for a prepared query and a candidate already folded, as UTF-8.
  public static func score(_ query: Query, folded candidate: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !query.isEmpty else { return 0 }
    var score = 0
    var index = 0
    // Just past the previous match: a match starting there continues a run.
    var runEnd = -1
    let count = candidate.count
    wanted: for wanted in query.scalars {
      while index < count {
        let (value, length) = decode(candidate, at: index)
        defer { index += length }
        guard value == wanted else { continue }
        let atWordStart = index == 0 || !isLetterOrNumber(endingAt: index, in: candidate)
        score += 1 + (atWordStart ? 8 : 0) + (index == runEnd ? 5 : 0)
        runEnd = index + length
        continue wanted
      }
      return nil
    }
    // The query found whole (as typed, or without its spaces) above all.
    let whole = query.phrase.withUnsafeBufferPointer {
      ByteSearch.firstOffset(of: $0, in: candidate) != nil
    }
    let together =
      whole
      || query.compact.withUnsafeBufferPointer {
        ByteSearch.firstOffset(of: $0, in: candidate) != nil
      }
    if together { score += 20 }
    // Shorter candidates first, up to 60 characters.
    let length = SourceWalker.characters(in: candidate, 0..<min(count, 240))
    return score * 4 - min(length, 60) / 10
  }

  /// The scalar starting at `index` and its length in bytes (a stray byte: itself, one).
  @inline(__always)
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= bytes.count else { return (0xFFFD, 1) }
    var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (value, length)
  }

  /// Whether the scalar just before `index` is a letter or a digit.
  private static func isLetterOrNumber(endingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var start = index - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    let (value, _) = decode(bytes, at: start)
    if value < 0x80 {
      let byte = UInt8(value) | 0x20
      return (0x30...0x39).contains(value) || (0x61...0x7A).contains(byte)
    }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
