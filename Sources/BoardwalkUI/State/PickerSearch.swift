import BoardwalkCore

/// Matching a picker's query against its catalog a slice at a time: no event does more than
/// ``slice`` items' work, however long the list, and the rest follows on the next events
/// (the shell sends ticks while there is more). A query that only adds characters to the last
/// one searches only what the last one matched. The best ``shownLimit`` matches are kept,
/// ranked; all matches are counted.
struct PickerSearch: Hashable, Sendable {
  /// Items matched per event at most.
  static let slice = 20_000
  /// Matches ranked and listed at most: more than a picker shows, and a query narrows them.
  static let shownLimit = 500

  /// A match: its score and its place in the catalog (ties go to the earlier place).
  struct Ranked: Hashable, Sendable {
    let score: Int32
    let position: Int32

    /// Whether this match ranks above `other`.
    func beats(_ other: Ranked) -> Bool {
      score != other.score ? score > other.score : position < other.position
    }
  }

  /// What is searched: every item, or the matches of the query this one narrows.
  enum Candidates: Hashable, Sendable {
    case all(Int)
    case some([Int32])

    var count: Int {
      switch self {
      case .all(let count): count
      case .some(let positions): positions.count
      }
    }

    subscript(index: Int) -> Int {
      switch self {
      case .all: index
      case .some(let positions): Int(positions[index])
      }
    }
  }

  let query: FuzzyMatch.Query
  let candidates: Candidates
  /// How many candidates have been looked at.
  private(set) var scanned = 0
  /// Every match so far, in catalog order.
  private(set) var matches: [Int32] = []
  /// The best matches so far as a heap, the worst of them at the top.
  private var best: [Ranked] = []
  /// The best matches so far, best first: what the picker lists.
  private(set) var ranked: [Ranked] = []
  /// Candidates looked at by the last call of ``advance(in:)``: the work of one event.
  private(set) var lastSlice = 0

  var isComplete: Bool { scanned == candidates.count }

  /// A search for `query` among every item of a catalog of `count`, or, when `previous`
  /// was complete and this query narrows it, among its matches only.
  init(_ query: FuzzyMatch.Query, count: Int, after previous: PickerSearch?) {
    self.query = query
    if let previous, previous.isComplete, !previous.query.isEmpty, query.narrows(previous.query) {
      candidates = .some(previous.matches)
    } else if let previous, !previous.query.isEmpty, query.narrows(previous.query) {
      candidates = previous.candidates
    } else {
      candidates = .all(count)
    }
  }

  /// Looks at the next slice of candidates.
  mutating func advance(in catalog: PickerCatalog) {
    let end = min(candidates.count, scanned + Self.slice)
    lastSlice = end - scanned
    while scanned < end {
      let position = candidates[scanned]
      scanned += 1
      guard let score = catalog.score(query, at: position) else { continue }
      matches.append(Int32(position))
      offer(Ranked(score: Int32(clamping: score), position: Int32(position)))
    }
    ranked = best.sorted { $0.beats($1) }
  }

  /// Keeps `match` if it is among the best so far.
  private mutating func offer(_ match: Ranked) {
    if best.count < Self.shownLimit {
      best.append(match)
      var child = best.count - 1
      while child > 0 {
        let parent = (child - 1) / 2
        guard best[parent].beats(best[child]) else { break }
        best.swapAt(parent, child)
        child = parent
      }
      return
    }
    guard let worst = best.first, match.beats(worst) else { return }
    best[0] = match
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var worse = parent
      if left < best.count, best[worse].beats(best[left]) { worse = left }
      if right < best.count, best[worse].beats(best[right]) { worse = right }
      guard worse != parent else { break }
      best.swapAt(parent, worse)
      parent = worse
    }
  }
}
