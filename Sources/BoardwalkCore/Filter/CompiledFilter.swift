/// A filter expression checked against a store and ready to evaluate: statuses resolved to
/// each plan's levels, owners and areas to the store's indexes.
public struct CompiledFilter: Sendable {
  public let expression: FilterExpression
  private let terms: [Term]

  private struct Term: Sendable {
    var isNegated: Bool
    var test: Test
  }

  private enum Test: Sendable {
    /// Actions of these owners (indexes into the store's owner index), and, when
    /// `ownerless`, actions that name no owner.
    case owners([Int], ownerless: Bool)
    /// Actions serving these areas: (plan, area) pairs.
    case areas([(plan: Int, area: Int)])
    case plans([Int])
    /// Per plan, which levels match; and whether unrated actions match.
    case levels([[Bool]], unrated: Bool)
    case due([DueCondition])
    /// Actions whose confidentiality is among these (true: confidential).
    case confidential(Set<Bool>)
    /// Lower-cased phrases, any of which may appear.
    case text([String])

    /// Cheaper tests run first; text search runs last, over what is left.
    var cost: Int {
      switch self {
      case .owners, .areas, .plans: 0
      case .levels, .due, .confidential: 1
      case .text: 2
      }
    }
  }

  /// Checks `expression` against `store`.
  /// - Throws: ``FilterError`` for a status no loaded plan's scale knows.
  public init(_ expression: FilterExpression, store: PlanStore) throws(FilterError) {
    self.expression = expression
    var terms: [Term] = []
    for term in expression.terms {
      terms.append(
        Term(isNegated: term.isNegated, test: try CompiledFilter.test(for: term, store: store)))
    }
    self.terms = terms.sorted { $0.test.cost < $1.test.cost }
  }

  /// Parses and compiles in one step.
  public init(parsing text: String, store: PlanStore) throws(FilterError) {
    try self.init(FilterParser.parse(text), store: store)
  }

  /// The actions that satisfy every term, evaluated on `today`.
  ///
  /// The words of the actions in `withheld` (confidential actions in public mode) are not
  /// searched: free text matches them only by what is shown of them, their id and
  /// ``Confidentiality/withheldTitle``, so that a search on a projected screen cannot tell
  /// which confidential item names a school or a family.
  public func evaluate(
    in store: PlanStore, today: CalendarDate, within candidates: ActionSet? = nil,
    withholdingTextOf withheld: ActionSet? = nil
  ) -> ActionSet {
    var result = candidates ?? store.allActions
    for term in terms {
      if result.isEmpty { break }
      var matched = CompiledFilter.evaluate(
        term.test, in: store, today: today, candidates: result, withheld: withheld)
      if term.isNegated { matched = matched.complement() }
      result.formIntersection(matched)
    }
    return result
  }

  /// The indexes of matching actions, in store (file) order.
  public func matchingIndexes(in store: PlanStore, today: CalendarDate) -> [Int] {
    Array(evaluate(in: store, today: today))
  }

  // MARK: Compiling

  private static func test(for term: FilterTerm, store: PlanStore) throws(FilterError) -> Test {
    switch term.key {
    case .owner:
      var owners: [Int] = []
      var ownerless = false
      for value in term.values {
        if SearchFolding.fold(value) == "none" {
          ownerless = true
        } else {
          owners += store.owners.owners(matching: value, exact: term.isExact)
        }
      }
      return .owners(owners, ownerless: ownerless)
    case .area:
      var areas: [(plan: Int, area: Int)] = []
      for value in term.values {
        for (planIndex, plan) in store.plans.enumerated() {
          if let area = plan.areaIndex(forID: value) { areas.append((planIndex, area)) }
        }
      }
      return .areas(areas)
    case .plan:
      return .plans(term.values.compactMap(store.planIndex(forID:)))
    case .status:
      return try statusTest(term, store: store)
    case .due:
      var conditions: [DueCondition] = []
      for (index, value) in term.values.enumerated() {
        switch DueCondition.parse(value) {
        case .success(let condition): conditions.append(condition)
        case .failure(let problem):
          throw FilterError(
            position: (term.valueRanges[safe: index]?.lowerBound ?? 0) + problem.offset,
            message: problem.message)
        }
      }
      return .due(conditions)
    case .confidential:
      var wanted: Set<Bool> = []
      for (index, value) in term.values.enumerated() {
        switch value.lowercased() {
        case "yes", "true": wanted.insert(true)
        case "no", "false": wanted.insert(false)
        default:
          throw FilterError(
            position: term.valueRanges[safe: index]?.lowerBound ?? 0,
            message: "confidential: takes yes or no, not \"\(value)\"")
        }
      }
      return .confidential(wanted)
    case .text:
      return .text(term.values.map(SearchFolding.fold))
    }
  }

  private static func statusTest(_ term: FilterTerm, store: PlanStore) throws(FilterError) -> Test {
    var levels = store.plans.map { Array(repeating: false, count: $0.scale.levels.count) }
    var unrated = false
    for (valueIndex, value) in term.values.enumerated() {
      let lower = value.lowercased()
      var known = false
      switch lower {
      case "unrated":
        unrated = true
        known = true
      case "open":
        unrated = true
        known = true
      default:
        break
      }
      let rag = RAGClass(rawValue: lower).flatMap { $0 == .unrated ? nil : $0 }
      if rag != nil || lower == "done" || lower == "open" { known = true }
      for (planIndex, plan) in store.plans.enumerated() {
        for (levelIndex, level) in plan.scale.levels.enumerated() {
          let matches =
            level.key.lowercased() == lower || level.rag == rag || (lower == "done" && level.isDone)
            || (lower == "open" && !level.isDone)
          if matches {
            levels[planIndex][levelIndex] = true
            known = true
          }
        }
      }
      if !known {
        let keys = Set(store.plans.flatMap { $0.scale.levels.map { $0.key.lowercased() } }).sorted()
        let words =
          ["red", "amber", "green", "blue", "grey", "unrated", "done", "open"]
          + keys.filter {
            RAGClass(rawValue: $0) == nil
          }
        let closest = words.min {
          EditDistance.between(lower, $0) < EditDistance.between(lower, $1)
        }
        let hint =
          closest.flatMap {
            EditDistance.between(lower, $0) <= 2 ? "did you mean \"\($0)\"? " : nil
          } ?? ""
        throw FilterError(
          position: term.valueRanges[safe: valueIndex]?.lowerBound ?? 0,
          message:
            "\"\(value)\" is not a status of any loaded plan (\(hint)use \(words.joined(separator: ", ")))"
        )
      }
    }
    return .levels(levels, unrated: unrated)
  }

  // MARK: Evaluating

  private static func evaluate(
    _ test: Test, in store: PlanStore, today: CalendarDate, candidates: ActionSet,
    withheld: ActionSet?
  )
    -> ActionSet
  {
    let count = store.actions.count
    let columns = store.columns
    switch test {
    case .owners(let owners, let ownerless):
      var set = ActionSet(capacity: count)
      for owner in owners {
        for index in store.owners.actions(ofOwner: owner) { set.insert(Int(index)) }
      }
      if ownerless {
        for index in store.owners.ownerless { set.insert(Int(index)) }
      }
      return set
    case .areas(let areas):
      var set = ActionSet(capacity: count)
      for (plan, area) in areas {
        for index in store.areas.actions(plan: plan, area: area) { set.insert(Int(index)) }
      }
      return set
    case .plans(let plans):
      var set = ActionSet(capacity: count)
      for plan in plans {
        for index in store.plans[plan].actionRange { set.insert(index) }
      }
      return set
    case .levels(let levels, let unrated):
      var set = ActionSet(capacity: count)
      for index in candidates {
        let level = Int(columns.level[index])
        let matches = level < 0 ? unrated : levels[Int(columns.plan[index])][level]
        if matches { set.insert(index) }
      }
      return set
    case .due(let conditions):
      var set = ActionSet(capacity: count)
      for index in candidates
      where conditions.contains(where: { matches($0, index, columns, today) }) {
        set.insert(index)
      }
      return set
    case .confidential(let wanted):
      var set = ActionSet(capacity: count)
      for index in candidates where wanted.contains(store.actions[index].isConfidential) {
        set.insert(index)
      }
      return set
    case .text(let phrases):
      var set = ActionSet(capacity: count)
      for phrase in phrases {
        set.formUnion(
          store.searchText.actions(containing: phrase, among: candidates, capacity: count))
      }
      if let withheld {
        for index in withheld where candidates.contains(index) {
          let shown = SearchFolding.fold(
            store.actions[index].id + " " + Confidentiality.withheldTitle)
          if phrases.contains(where: shown.contains) {
            set.insert(index)
          } else {
            set.remove(index)
          }
        }
      }
      return set
    }
  }

  private static func matches(
    _ condition: DueCondition, _ index: Int, _ columns: ActionColumns, _ today: CalendarDate
  ) -> Bool {
    let kind = columns.dueKind[index]
    let day = columns.dueDay[index]
    switch condition {
    case .overdue: return columns.isOverdue(index, today: today.dayNumber)
    case .none: return kind != .date
    case .ongoing: return kind == .ongoing
    case .tbc: return kind == .tbc
    case .within(let days):
      return kind == .date && day >= today.dayNumber && day <= today.adding(days: days).dayNumber
    case .between(let from, let to):
      guard kind == .date else { return false }
      if let from, day < from.dayNumber { return false }
      if let to, day > to.dayNumber { return false }
      return true
    }
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
