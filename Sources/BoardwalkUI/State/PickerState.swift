import BoardwalkCore

/// A quick picker: a type-ahead list of owners, areas, due ranges or statuses. Several items
/// may be chosen; applying sets their terms in the filter.
///
/// Matching is bounded per event (``PickerSearch``): over a long list a query's results
/// arrive over a few frames, the shell sending ticks until ``isSearching`` is false.
public struct PickerState: Hashable, Sendable {
  public let kind: PickerKind
  public private(set) var query = LineEditor()
  let catalog: PickerCatalog
  /// The search for the current query; `nil` when the query is empty (everything, in order).
  private var search: PickerSearch?
  public var cursor = ListCursor()
  public private(set) var chosen: [PickerItem] = []

  init(kind: PickerKind, catalog: PickerCatalog) {
    self.kind = kind
    self.catalog = catalog
  }

  init(kind: PickerKind, items: [PickerItem]) {
    self.init(kind: kind, catalog: PickerCatalog(items: items))
  }

  /// The items matching the query, best first (for due, a range typed in the query first);
  /// every item, in order, when the query is empty. Items are made only as they are read.
  public var visibleItems: PickerResults {
    PickerResults(
      catalog: catalog, positions: search.map { .ranked($0.ranked.map(\.position)) } ?? .all,
      typed: typedItem)
  }

  /// Whether matching the query is still going on (more results may come).
  public var isSearching: Bool { search.map { !$0.isComplete } ?? false }

  /// How many items match so far, and how many there are to look at.
  public var progress: (matches: Int, looked: Int, of: Int) {
    guard let search else { return (catalog.count, catalog.count, catalog.count) }
    return (search.matches.count, search.scanned, search.candidates.count)
  }

  /// Items looked at by the last event (at most ``PickerSearch/slice``): for tests of the
  /// work a keystroke does.
  var lastSlice: Int { search?.lastSlice ?? 0 }

  /// Edits the query and re-ranks the items.
  mutating func edit(_ key: Key) -> Bool {
    guard query.handle(key) else { return false }
    refresh()
    return true
  }

  mutating func paste(_ text: String) {
    query.insert(text)
    refresh()
  }

  /// Matches the next slice of items (a tick while ``isSearching``).
  mutating func continueSearch() {
    guard var search, !search.isComplete else { return }
    search.advance(in: catalog)
    self.search = search
  }

  /// Chooses or unchooses the highlighted item.
  mutating func toggleHighlighted() {
    guard let item = highlighted else { return }
    if let index = chosen.firstIndex(of: item) {
      chosen.remove(at: index)
    } else {
      chosen.append(item)
    }
  }

  public var highlighted: PickerItem? {
    let items = visibleItems
    return items.indices.contains(cursor.selected) ? items[cursor.selected] : nil
  }

  /// The terms to set: the chosen items', or the highlighted one's; same keys merged into
  /// one term with several values.
  var termsToApply: [FilterTerm] {
    let picked = chosen.isEmpty ? (highlighted.map { [$0] } ?? []) : chosen
    var merged: [FilterTerm] = []
    for term in picked.flatMap(\.terms) {
      if let index = merged.firstIndex(where: { $0.key == term.key && $0.isExact == term.isExact })
      {
        for value in term.values where !merged[index].values.contains(value) {
          merged[index].values.append(value)
        }
      } else {
        merged.append(term)
      }
    }
    return merged
  }

  /// The query as typed, without spaces at its ends.
  private var text: String { query.text.trimmingSpaces }

  /// A due range typed in the query that no item already offers.
  private var typedItem: PickerItem? {
    guard kind == .due, !text.isEmpty, case .success = DueCondition.parse(text) else {
      return nil
    }
    let offered = (0..<catalog.count).contains {
      catalog.item(at: $0).terms.first?.values == [text]
    }
    guard !offered else { return nil }
    return PickerItem(title: "Due \(text)", detail: "as typed", terms: [FilterTerm(.due, [text])])
  }

  /// Starts matching the new query: among the last query's matches when it only narrows it.
  private mutating func refresh() {
    let prepared = FuzzyMatch.Query(text)
    if prepared.isEmpty {
      search = nil
    } else {
      var next = PickerSearch(prepared, count: catalog.count, after: search)
      next.advance(in: catalog)
      search = next
    }
    cursor = ListCursor()
  }
}

/// A picker's items as listed: made one by one as they are read, so a list of a million
/// costs only the rows on screen.
public struct PickerResults: RandomAccessCollection, Sendable {
  enum Positions: Sendable {
    /// Every item of the catalog, in order.
    case all
    /// These places in the catalog, best first.
    case ranked([Int32])
  }

  let catalog: PickerCatalog
  let positions: Positions
  /// An item made from the query itself, listed first.
  let typed: PickerItem?

  public var startIndex: Int { 0 }

  public var endIndex: Int {
    let listed =
      switch positions {
      case .all: catalog.count
      case .ranked(let places): places.count
      }
    return listed + (typed == nil ? 0 : 1)
  }

  public subscript(index: Int) -> PickerItem {
    if let typed {
      if index == 0 { return typed }
      return item(index - 1)
    }
    return item(index)
  }

  private func item(_ index: Int) -> PickerItem {
    switch positions {
    case .all: catalog.item(at: index)
    case .ranked(let places): catalog.item(at: Int(places[index]))
    }
  }
}
