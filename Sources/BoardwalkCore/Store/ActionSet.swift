/// A set of actions of one store, as a bit per action: the currency of filtering.
public struct ActionSet: Sendable, Equatable, Sequence {
  private var words: [UInt64]
  /// How many actions the store holds (the universe of this set).
  public let capacity: Int

  /// The empty set, or every action when `full`.
  public init(capacity: Int, full: Bool = false) {
    self.capacity = capacity
    words = Array(repeating: full ? ~0 : 0, count: (capacity + 63) / 64)
    if full { clearTail() }
  }

  /// The set holding these action indexes.
  public init(capacity: Int, indexes: some Sequence<Int>) {
    self.init(capacity: capacity)
    for index in indexes { insert(index) }
  }

  /// The set holding a range of action indexes (a plan's actions): the same set as
  /// ``init(capacity:indexes:)`` gives, without walking the range through a generic sequence.
  public init(capacity: Int, indexes: Range<Int>) {
    self.init(capacity: capacity)
    for index in indexes { insert(index) }
  }

  public func contains(_ index: Int) -> Bool {
    words[index >> 6] & (1 << UInt64(index & 63)) != 0
  }

  public mutating func insert(_ index: Int) {
    words[index >> 6] |= 1 << UInt64(index & 63)
  }

  public mutating func remove(_ index: Int) {
    words[index >> 6] &= ~(1 << UInt64(index & 63))
  }

  /// Number of actions in the set.
  public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

  public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

  public mutating func formIntersection(_ other: ActionSet) {
    for index in words.indices { words[index] &= other.words[index] }
  }

  public mutating func formUnion(_ other: ActionSet) {
    for index in words.indices { words[index] |= other.words[index] }
  }

  /// Every action of the store that is not in this set.
  public func complement() -> ActionSet {
    var result = self
    for index in result.words.indices { result.words[index] = ~result.words[index] }
    result.clearTail()
    return result
  }

  /// The indexes in ascending order.
  public func makeIterator() -> Iterator { Iterator(words: words) }

  public struct Iterator: IteratorProtocol {
    fileprivate let words: [UInt64]
    private var wordIndex = 0
    private var current: UInt64

    fileprivate init(words: [UInt64]) {
      self.words = words
      current = words.first ?? 0
    }

    public mutating func next() -> Int? {
      while current == 0 {
        wordIndex += 1
        guard wordIndex < words.count else { return nil }
        current = words[wordIndex]
      }
      let bit = current.trailingZeroBitCount
      current &= current - 1
      return wordIndex << 6 | bit
    }
  }

  private mutating func clearTail() {
    let extra = words.count * 64 - capacity
    if extra > 0, !words.isEmpty { words[words.count - 1] &= ~0 >> UInt64(extra) }
  }
}
