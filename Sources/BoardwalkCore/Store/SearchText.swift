/// The searchable text of every action, lower-cased and laid end to end in one buffer so
/// that a free-text filter is a fast scan of contiguous memory.
///
/// An action's text is its id, title, owners, outcomes, measures and update texts, each
/// followed by a separator byte that no UTF-8 text holds, so a phrase never matches across
/// two fields.
struct SearchText: Sendable {
  private let buffer: [UInt8]
  /// Where each action's text starts; one more entry than there are actions.
  private let starts: [Int]

  static let separator: UInt8 = 0xFF

  init(actions: [Action]) {
    var buffer: [UInt8] = []
    var starts: [Int] = []
    starts.reserveCapacity(actions.count + 1)
    for action in actions {
      starts.append(buffer.count)
      func add(_ text: String?) {
        guard let text else { return }
        buffer.append(contentsOf: SearchFolding.fold(text).utf8)
        buffer.append(SearchText.separator)
      }
      add(action.id)
      add(action.title)
      for owner in action.owners { add(owner) }
      add(action.outcomes)
      add(action.measures)
      for update in action.updates { add(update.text) }
    }
    starts.append(buffer.count)
    self.buffer = buffer
    self.starts = starts
  }

  /// The actions whose text contains `needle` (already lower-cased), limited to
  /// `candidates` when given.
  func actions(containing needle: String, among candidates: ActionSet?, capacity: Int) -> ActionSet
  {
    var result = ActionSet(capacity: capacity)
    var needle = needle
    needle.withUTF8 { needleBytes in
      buffer.withUnsafeBufferPointer { haystack in
        if let candidates {
          for index in candidates {
            let slice = UnsafeBufferPointer(rebasing: haystack[starts[index]..<starts[index + 1]])
            if ByteSearch.firstOffset(of: needleBytes, in: slice) != nil { result.insert(index) }
          }
          return
        }
        var position = 0
        while let found = ByteSearch.firstOffset(of: needleBytes, in: haystack, from: position) {
          let action = actionIndex(containingOffset: found)
          result.insert(action)
          position = starts[action + 1]
        }
      }
    }
    return result
  }

  private func actionIndex(containingOffset offset: Int) -> Int {
    var low = 0
    var high = starts.count - 2
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
