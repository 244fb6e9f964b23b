/// Every owner named in a store, with the actions each owns. Owners that differ only in case
/// are one owner (shown as first written), as `owner:=` treats them.
public struct OwnerIndex: Sendable {
  /// Distinct owners as first written, in order of first appearance.
  public let names: [String]
  /// The same names folded for matching (``SearchFolding``).
  let lowercasedNames: [String]
  /// For each owner, the indexes of its actions in ascending order.
  let actions: [[Int32]]
  /// Every owner (an index into ``names``) in the order lists show them: by folded name,
  /// then as written. Sorted once, here, for the heat map and the owner picker.
  public let nameOrder: [Int32]

  init(actions: ActionList) {
    var names: [String] = []
    var positions: [String: Int] = [:]
    var postings: [[Int32]] = []
    // Most occurrences repeat a spelling already seen: look that up before folding.
    var bySpelling: [String: Int] = [:]
    for (index, action) in actions.enumerated() {
      for owner in action.owners {
        let position: Int
        if let known = bySpelling[owner] {
          position = known
        } else {
          let key = SearchFolding.fold(owner)
          if let known = positions[key] {
            position = known
          } else {
            position = names.count
            positions[key] = position
            names.append(owner)
            postings.append([])
          }
          bySpelling[owner] = position
        }
        if postings[position].last != Int32(index) { postings[position].append(Int32(index)) }
      }
    }
    self.names = names
    let folded = names.map(SearchFolding.fold)
    self.lowercasedNames = folded
    self.actions = postings
    // Folded names are in normal form C, where comparing UTF-8 bytes orders as comparing
    // the strings does, and much faster.
    nameOrder = names.indices.map { Int32($0) }.sorted { left, right in
      let a = folded[Int(left)]
      let b = folded[Int(right)]
      return a != b
        ? a.utf8.lexicographicallyPrecedes(b.utf8) : names[Int(left)] < names[Int(right)]
    }
  }

  /// The folded name of owner `owner` (``SearchFolding``), what type-ahead matches.
  public func foldedName(_ owner: Int) -> String { lowercasedNames[owner] }

  /// How many actions owner `owner` has.
  public func actionCount(ofOwner owner: Int) -> Int { actions[owner].count }

  /// Indexes (into ``names``) of the owners containing `text`, or equal to it when `exact`;
  /// compared without regard to case.
  public func owners(matching text: String, exact: Bool) -> [Int] {
    let needle = SearchFolding.fold(text)
    return lowercasedNames.indices.filter { index in
      exact ? lowercasedNames[index] == needle : ByteSearch.contains(lowercasedNames[index], needle)
    }
  }

  /// The indexes of the actions owned by owner `owner`.
  public func actions(ofOwner owner: Int) -> [Int32] { actions[owner] }
}
