import Foundation

/// Every owner named in a store, with the actions each owns. Owners that differ only in case
/// are one owner (shown as first written), as `owner:=` treats them.
public struct OwnerIndex: Sendable {
  /// Distinct owners as first written, in order of first appearance.
  public let names: [String]
  /// The same names folded for matching (``SearchFolding``).
  let lowercasedNames: [String]
  /// Every owner (an index into ``names``) in the order lists show them: by folded name,
  /// then as written. Sorted once, here, for the heat map and the owner picker.
  public let nameOrder: [Int32]
  /// Owner `o`'s actions, ascending, are `postings[starts[o]..<starts[o + 1]]`: one list for
  /// every owner, not an array each (a million owners were a million small arrays).
  private let starts: [Int32]
  private let postings: [Int32]
  /// The actions that name no owner, ascending (what `owner:none` finds).
  public let ownerless: [Int32]

  init(actions: ActionList) {
    var names: [String] = []
    var folded: [String] = []
    var positions: [String: Int32] = [:]
    // Most occurrences repeat a spelling already seen: look that up before folding.
    var bySpelling: [String: Int32] = [:]
    // Each (action, owner) pair once, in action order; and each owner's count of them.
    var pairs: [(action: Int32, owner: Int32)] = []
    var counts: [Int32] = []
    // The last action each owner was counted for: an owner named twice on one action owns
    // it once.
    var lastAction: [Int32] = []
    var ownerless: [Int32] = []
    for (index, action) in actions.enumerated() {
      if action.owners.isEmpty { ownerless.append(Int32(index)) }
      for owner in action.owners {
        let position: Int32
        if let known = bySpelling[owner] {
          position = known
        } else {
          let key = SearchFolding.fold(owner)
          if let known = positions[key] {
            position = known
          } else {
            position = Int32(names.count)
            positions[key] = position
            names.append(owner)
            folded.append(key)
            counts.append(0)
            lastAction.append(-1)
          }
          bySpelling[owner] = position
        }
        guard lastAction[Int(position)] != Int32(index) else { continue }
        lastAction[Int(position)] = Int32(index)
        pairs.append((Int32(index), position))
        counts[Int(position)] += 1
      }
    }
    var starts = [Int32](repeating: 0, count: names.count + 1)
    for owner in counts.indices { starts[owner + 1] = starts[owner] + counts[owner] }
    var next = starts
    var postings = [Int32](repeating: 0, count: pairs.count)
    for pair in pairs {
      postings[Int(next[Int(pair.owner)])] = pair.action
      next[Int(pair.owner)] += 1
    }
    self.names = names
    self.lowercasedNames = folded
    self.starts = starts
    self.postings = postings
    self.ownerless = ownerless
    // Folded names are in normal form C, where comparing UTF-8 bytes orders as comparing
    // the strings does: compared with memcmp, a million names sort in a fraction of the time.
    nameOrder = names.indices.map { Int32($0) }.sorted { left, right in
      switch Self.compare(folded[Int(left)], folded[Int(right)]) {
      case ..<0: true
      case 1...: false
      default: names[Int(left)] < names[Int(right)]
      }
    }
  }

  /// The order of two strings' UTF-8 bytes: negative, zero or positive, as memcmp gives it.
  private static func compare(_ left: String, _ right: String) -> Int {
    let fast = left.utf8.withContiguousStorageIfAvailable { a in
      right.utf8.withContiguousStorageIfAvailable { b -> Int in
        let common = min(a.count, b.count)
        if common > 0, let pa = a.baseAddress, let pb = b.baseAddress {
          let order = memcmp(pa, pb, common)
          if order != 0 { return Int(order) }
        }
        return a.count - b.count
      }
    }
    if let order = fast ?? nil { return order }
    return left.utf8.lexicographicallyPrecedes(right.utf8)
      ? -1 : right.utf8.lexicographicallyPrecedes(left.utf8) ? 1 : 0
  }

  /// The folded name of owner `owner` (``SearchFolding``), what type-ahead matches.
  public func foldedName(_ owner: Int) -> String { lowercasedNames[owner] }

  /// How many actions owner `owner` has.
  public func actionCount(ofOwner owner: Int) -> Int {
    Int(starts[owner + 1] - starts[owner])
  }

  /// Indexes (into ``names``) of the owners containing `text`, or equal to it when `exact`;
  /// compared without regard to case. An exact name is found by bisecting the sorted names.
  public func owners(matching text: String, exact: Bool) -> [Int] {
    let needle = SearchFolding.fold(text)
    guard exact else {
      return lowercasedNames.indices.filter { ByteSearch.contains(lowercasedNames[$0], needle) }
    }
    var low = 0
    var high = nameOrder.count
    while low < high {
      let middle = (low + high) / 2
      if lowercasedNames[Int(nameOrder[middle])].utf8.lexicographicallyPrecedes(needle.utf8) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    guard low < nameOrder.count, lowercasedNames[Int(nameOrder[low])] == needle else { return [] }
    return [Int(nameOrder[low])]
  }

  /// The indexes of the actions owned by owner `owner`, ascending.
  public func actions(ofOwner owner: Int) -> ArraySlice<Int32> {
    postings[Int(starts[owner])..<Int(starts[owner + 1])]
  }
}
