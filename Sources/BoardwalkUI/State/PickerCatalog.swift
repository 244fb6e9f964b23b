import BoardwalkCore

/// What a picker chooses from, in the order it lists them with no query, and the folded text
/// type-ahead reads for each. For owners it is the store's owner index itself: opening the
/// picker over a million owners makes a million nothing, and an item is made only when a row
/// shows it.
public struct PickerCatalog: Hashable, Sendable {
  private final class Storage: Sendable {
    let source: Source

    init(_ source: Source) { self.source = source }
  }

  private enum Source: Sendable {
    /// Items made in full (areas, due ranges, statuses), with their search text folded.
    case items([PickerItem], folded: [String])
    /// The store's owners, in the order of ``OwnerIndex/nameOrder``.
    case owners(OwnerIndex)
  }

  private let storage: Storage

  /// How many items there are.
  public let count: Int

  /// A catalog of items made in full.
  init(items: [PickerItem]) {
    storage = Storage(.items(items, folded: items.map { SearchFolding.fold($0.searchText) }))
    count = items.count
  }

  /// A catalog of every owner of a store.
  init(owners: OwnerIndex) {
    storage = Storage(.owners(owners))
    count = owners.nameOrder.count
  }

  /// The item at `position`.
  public func item(at position: Int) -> PickerItem {
    switch storage.source {
    case .items(let items, _): return items[position]
    case .owners(let owners):
      let owner = Int(owners.nameOrder[position])
      let name = owners.names[owner]
      let count = owners.actionCount(ofOwner: owner)
      return PickerItem(
        title: name, detail: "\(count) action\(count == 1 ? "" : "s")",
        terms: [FilterTerm(.owner, [name], exact: true)])
    }
  }

  /// The score of the item at `position` for `query`, or `nil` when it does not match.
  func score(_ query: FuzzyMatch.Query, at position: Int) -> Int? {
    var folded: String
    switch storage.source {
    case .items(_, let texts): folded = texts[position]
    case .owners(let owners): folded = owners.foldedName(Int(owners.nameOrder[position]))
    }
    return folded.withUTF8 { FuzzyMatch.score(query, folded: $0) }
  }

  /// Catalogs are the same when they are the same catalog (one is made per picker opened).
  public static func == (lhs: PickerCatalog, rhs: PickerCatalog) -> Bool {
    lhs.storage === rhs.storage
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(storage)) }
}
