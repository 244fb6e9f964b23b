import BoardwalkCore

/// One choice in a quick picker: how it reads, and the filter terms it sets.
public struct PickerItem: Hashable, Sendable {
  public let title: String
  /// A second, dimmer column: a count, a plan, a description.
  public let detail: String
  /// What type-ahead matches against.
  public let searchText: String
  public let terms: [FilterTerm]

  public init(title: String, detail: String = "", searchText: String? = nil, terms: [FilterTerm]) {
    self.title = title
    self.detail = detail
    self.searchText = searchText ?? title
    self.terms = terms
  }
}

extension PickerItem {
  /// What a picker over `store` chooses from, on `today`: every owner (straight from the
  /// store's owner index, however many), or the items of the other pickers.
  static func catalog(for kind: PickerKind, store: PlanStore, today: CalendarDate)
    -> PickerCatalog
  {
    kind == .owner
      ? PickerCatalog(owners: store.owners)
      : PickerCatalog(items: items(for: kind, store: store, today: today))
  }

  /// The items of a picker over `store`, on `today`.
  static func items(for kind: PickerKind, store: PlanStore, today: CalendarDate) -> [PickerItem] {
    switch kind {
    case .owner:
      let catalog = PickerCatalog(owners: store.owners)
      return (0..<catalog.count).map(catalog.item(at:))
    case .area:
      var idCount: [String: Int] = [:]
      for plan in store.plans {
        for area in plan.areas { idCount[area.id.lowercased(), default: 0] += 1 }
      }
      return store.plans.flatMap { plan in
        plan.areas.map { area in
          let shared = (idCount[area.id.lowercased()] ?? 0) > 1
          let kind = area.kind.map { " · \($0)" } ?? ""
          return PickerItem(
            title: "\(area.id)  \(area.title)", detail: plan.id + kind,
            searchText: "\(area.id) \(area.title) \(plan.id) \(area.kind?.description ?? "")",
            terms: shared
              ? [FilterTerm(.plan, [plan.id]), FilterTerm(.area, [area.id])]
              : [FilterTerm(.area, [area.id])])
        }
      }
    case .due:
      let month = today.monthDescription
      let next = today.lastOfMonth.adding(days: 1).monthDescription
      let fixed: [(String, String, String)] = [
        ("Overdue", "dated, before today, not done", "overdue"),
        ("Next 7 days", "today to \(today.adding(days: 7))", "7d"),
        ("Next 30 days", "today to \(today.adding(days: 30))", "30d"),
        ("Next 90 days", "today to \(today.adding(days: 90))", "90d"),
        ("This month", month, month),
        ("Next month", next, next),
        ("No date", "no due, ongoing or tbc", "none"),
        ("Ongoing", "due is ongoing", "ongoing"),
        ("To be confirmed", "due is tbc", "tbc"),
      ]
      return fixed.map { title, detail, value in
        PickerItem(
          title: title, detail: detail, searchText: "\(title) \(value)",
          terms: [FilterTerm(.due, [value])])
      }
    case .status:
      var items = RAGClass.allCases.map { rag in
        PickerItem(
          title: "\(rag.letter) \(rag.title)",
          detail: rag == .unrated ? "no status given" : "RAG class",
          searchText: rag.rawValue, terms: [FilterTerm(.status, [rag.rawValue])])
      }
      items.append(
        PickerItem(
          title: "Open", detail: "not done (unrated too)", terms: [FilterTerm(.status, ["open"])]))
      items.append(
        PickerItem(title: "Done", detail: "a done level", terms: [FilterTerm(.status, ["done"])]))
      var seen = Set<String>()
      for plan in store.plans {
        for level in plan.scale.levels where seen.insert(level.key.lowercased()).inserted {
          guard RAGClass(rawValue: level.key.lowercased()) == nil else { continue }
          items.append(
            PickerItem(
              title: "\(level.rag.letter) \(level.label)",
              detail: "\(level.key) · \(plan.scale.name)",
              searchText: "\(level.label) \(level.key)", terms: [FilterTerm(.status, [level.key])]))
        }
      }
      return items
    }
  }
}
