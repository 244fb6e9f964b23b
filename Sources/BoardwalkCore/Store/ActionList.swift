/// Every action of a store, in order, as one collection; kept as each plan's own array so
/// loading never copies them into one.
public struct ActionList: RandomAccessCollection, Sendable {
  private let parts: [[Action]]
  /// Where each part starts; one more entry than there are parts.
  private let starts: [Int]

  init(parts: [[Action]]) {
    self.parts = parts
    var starts = [0]
    for part in parts { starts.append(starts[starts.count - 1] + part.count) }
    self.starts = starts
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { starts[starts.count - 1] }

  public subscript(position: Int) -> Action {
    var low = 0
    var high = parts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= position { low = middle } else { high = middle - 1 }
    }
    return parts[low][position - starts[low]]
  }

  /// Walks the parts in order without searching for each element.
  public func makeIterator() -> Iterator { Iterator(parts: parts) }

  public struct Iterator: IteratorProtocol {
    private let parts: [[Action]]
    private var part = 0
    private var index = 0

    fileprivate init(parts: [[Action]]) {
      self.parts = parts
    }

    public mutating func next() -> Action? {
      while part < parts.count {
        if index < parts[part].count {
          defer { index += 1 }
          return parts[part][index]
        }
        part += 1
        index = 0
      }
      return nil
    }
  }
}
