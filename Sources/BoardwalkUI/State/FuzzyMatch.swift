/// Type-ahead matching for pickers: the query's characters must appear in order in the
/// candidate (ignoring case); matches at word starts and in runs score higher.
public enum FuzzyMatch {
  /// A score for `candidate` against `query` (higher is better), or `nil` when it does not
  /// match. An empty query matches everything with score 0.
  public static func score(_ query: String, in candidate: String) -> Int? {
    let needle = Array(query.lowercased().filter { !$0.isWhitespace })
    guard !needle.isEmpty else { return 0 }
    let haystack = Array(candidate.lowercased())
    var score = 0
    var position = 0
    var previousMatch = -2
    for character in needle {
      var found: Int?
      while position < haystack.count {
        if haystack[position] == character {
          found = position
          break
        }
        position += 1
      }
      guard let index = found else { return nil }
      let atWordStart = index == 0 || !haystack[index - 1].isLetter && !haystack[index - 1].isNumber
      score += 1 + (atWordStart ? 8 : 0) + (index == previousMatch + 1 ? 5 : 0)
      previousMatch = index
      position = index + 1
    }
    // Prefer shorter candidates, and a plain substring match above all.
    let phrase = query.lowercased().trimmingSpaces
    if candidate.lowercased().contains(phrase) || candidate.lowercased().contains(String(needle)) {
      score += 20
    }
    return score * 4 - min(haystack.count, 60) / 10
  }
}
