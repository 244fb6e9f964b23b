import BoardwalkCore

/// A quick picker: a type-ahead list of owners, areas, due ranges or statuses. Several items
/// may be chosen; applying sets their terms in the filter.
public struct PickerState: Hashable, Sendable {
  public let kind: PickerKind
  public private(set) var query = LineEditor()
  private let items: [PickerItem]
  /// The items matching the query, best first (for due, a range typed in the query first).
  public private(set) var visibleItems: [PickerItem]
  public var cursor = ListCursor()
  public private(set) var chosen: [PickerItem] = []

  init(kind: PickerKind, items: [PickerItem]) {
    self.kind = kind
    self.items = items
    visibleItems = items
  }

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
    visibleItems.indices.contains(cursor.selected) ? visibleItems[cursor.selected] : nil
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

  private mutating func refresh() {
    let text = query.text.trimmingCharacters(in: " ")
    var ranked: [(item: PickerItem, score: Int, order: Int)] = []
    for (order, item) in items.enumerated() {
      if let score = FuzzyMatch.score(text, in: item.searchText) {
        ranked.append((item, score, order))
      }
    }
    if !text.isEmpty {
      ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
    }
    visibleItems = ranked.map(\.item)
    if kind == .due, !text.isEmpty, case .success = DueCondition.parse(text),
      !visibleItems.contains(where: { $0.terms.first?.values == [text] })
    {
      visibleItems.insert(
        PickerItem(title: "Due \(text)", detail: "as typed", terms: [FilterTerm(.due, [text])]),
        at: 0)
    }
    cursor = ListCursor()
  }
}

extension String {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}
