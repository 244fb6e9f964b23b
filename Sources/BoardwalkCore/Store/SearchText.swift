import Dispatch
import Foundation

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

  init(actions: ActionList) {
    var buffer: [UInt8] = []
    var starts: [Int] = []
    starts.reserveCapacity(actions.count + 1)
    var foldedOwners: [String: [UInt8]] = [:]
    for action in actions {
      starts.append(buffer.count)
      func add(_ ref: TextRef?) {
        guard let ref else { return }
        action.text.withBytes(ref) { SearchFolding.append(utf8: $0, to: &buffer) }
        buffer.append(SearchText.separator)
      }
      SearchFolding.append(action.id, to: &buffer)
      buffer.append(SearchText.separator)
      add(action.titleRef)
      for owner in action.owners {
        if let folded = foldedOwners[owner] {
          buffer.append(contentsOf: folded)
        } else {
          var folded: [UInt8] = []
          SearchFolding.append(owner, to: &folded)
          foldedOwners[owner] = folded
          buffer.append(contentsOf: folded)
        }
        buffer.append(SearchText.separator)
      }
      add(action.outcomesRef)
      add(action.measuresRef)
      for update in action.storedUpdates { add(update.text) }
    }
    starts.append(buffer.count)
    self.buffer = buffer
    self.starts = starts
  }

  /// The actions whose text contains `needle` (already folded), limited to `candidates`
  /// when given.
  func actions(containing needle: String, among candidates: ActionSet?, capacity: Int) -> ActionSet
  {
    var needle = needle
    return needle.withUTF8 { needleBytes in
      buffer.withUnsafeBufferPointer { haystack in
        // Up to half the store as candidates: search each one's text. More: one pass over
        // everything. Either way, on both cores when there is enough to share.
        if let candidates, candidates.count < capacity / 2 {
          let chosen = Array(candidates)
          let parts = chosen.count > 2_000 ? 2 : 1
          let results = ResultSlots(count: parts)
          let shared = SharedBytes(needle: needleBytes, haystack: haystack)
          DispatchQueue.concurrentPerform(iterations: parts) { part in
            var found = ActionSet(capacity: capacity)
            for index in chosen[(chosen.count * part / parts)..<(chosen.count * (part + 1) / parts)]
            {
              let slice = UnsafeBufferPointer(
                rebasing: shared.haystack[starts[index]..<starts[index + 1]])
              if ByteSearch.firstOffset(of: shared.needle, in: slice) != nil { found.insert(index) }
            }
            results.set(part, found)
          }
          return results.union
        }
        let actionCount = starts.count - 1
        let parts = haystack.count > 1 << 20 ? 2 : 1
        let results = ResultSlots(count: parts)
        let shared = SharedBytes(needle: needleBytes, haystack: haystack)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
          let needleBytes = shared.needle
          let haystack = shared.haystack
          let first = actionCount * part / parts
          let last = actionCount * (part + 1) / parts
          var found = ActionSet(capacity: capacity)
          scan(needleBytes, haystack, actions: first..<last, candidates: candidates, into: &found)
          results.set(part, found)
        }
        return results.union
      }
    }
  }

  /// Scans the text of `actions` in one pass, recording each action it is found in.
  private func scan(
    _ needle: UnsafeBufferPointer<UInt8>, _ haystack: UnsafeBufferPointer<UInt8>,
    actions: Range<Int>,
    candidates: ActionSet?, into result: inout ActionSet
  ) {
    guard !actions.isEmpty else { return }
    let region = UnsafeBufferPointer(rebasing: haystack[0..<starts[actions.upperBound]])
    var action = actions.lowerBound
    var position = starts[action]
    while let found = ByteSearch.firstOffset(of: needle, in: region, from: position) {
      action = self.action(containing: found, from: action)
      if candidates?.contains(action) ?? true { result.insert(action) }
      action += 1
      guard action < actions.upperBound else { break }
      position = starts[action]
    }
  }

  /// The action whose text holds `offset`, searching forward from `start` (matches come in
  /// order, usually in the next action or close to it): gallop, then bisect.
  private func action(containing offset: Int, from start: Int) -> Int {
    var low = start
    var step = 1
    var high = start + 1
    while high < starts.count - 1, starts[high] <= offset {
      low = high
      step *= 2
      high = min(starts.count - 1, high + step)
    }
    while low + 1 < high {
      let middle = (low + high) / 2
      if starts[middle] <= offset { low = middle } else { high = middle }
    }
    return low
  }
}

/// Read-only buffers shared by the threads of one scan, which all end before the buffers'
/// owners do.
private struct SharedBytes: @unchecked Sendable {
  let needle: UnsafeBufferPointer<UInt8>
  let haystack: UnsafeBufferPointer<UInt8>
}

/// One result per part of a parallel scan, each written by one iteration.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [ActionSet?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: ActionSet) { lock.withLock { slots[index] = value } }

  /// Every part's actions together.
  var union: ActionSet {
    lock.withLock {
      let parts = slots.compactMap { $0 }
      var result = parts[0]
      for part in parts.dropFirst() { result.formUnion(part) }
      return result
    }
  }
}
