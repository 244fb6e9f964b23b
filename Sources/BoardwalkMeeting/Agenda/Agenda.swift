import BoardwalkCore

/// The order a board walks through its actions: area by area, and inside each area the
/// actions that need the board (red, amber, overdue) first, then the rest.
public struct Agenda: Hashable, Sendable {
  /// One area's part of the agenda.
  public struct Section: Hashable, Sendable {
    public let plan: Int
    public let area: Int
    /// Store indexes of the section's actions, in agenda order.
    public let actions: [Int]
  }

  public let sections: [Section]

  /// The agenda a new meeting has when none is asked for: every action not done yet (the
  /// board does not walk through what is finished). `meet --include-done` asks for every
  /// action.
  public static let defaultExpression = "status:open"

  /// How the meeting's header names an agenda recorded as `expression`.
  public static func described(_ expression: String) -> String {
    switch expression {
    case "": "every action, red, amber and overdue first"
    case defaultExpression: "every action not done, red, amber and overdue first"
    default: expression
    }
  }

  /// Every action on the agenda, in order (made once: the screen reads it on every key).
  public let actions: [Int]

  public init(sections: [Section]) {
    self.sections = sections
    actions = sections.flatMap(\.actions)
  }

  /// The agenda of `store`'s actions that `filter` keeps (every action when `nil`), each
  /// under its own area; areas in plan order, parents before their children.
  public static func build(store: PlanStore, today: CalendarDate, filter: CompiledFilter? = nil)
    -> Agenda
  {
    let selected = filter?.evaluate(in: store, today: today) ?? store.allActions
    var sections: [Section] = []
    for (planIndex, plan) in store.plans.enumerated() {
      var byArea = Array(repeating: [Int](), count: plan.areas.count)
      for index in plan.actionRange where selected.contains(index) {
        byArea[store.actions[index].area].append(index)
      }
      for area in areasInOrder(plan) where !byArea[area].isEmpty {
        let ordered = byArea[area].enumerated().sorted { left, right in
          let a = urgency(left.element, store: store, today: today)
          let b = urgency(right.element, store: store, today: today)
          return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
        sections.append(Section(plan: planIndex, area: area, actions: ordered))
      }
    }
    return Agenda(sections: sections)
  }

  /// 0 red, 1 amber, 2 overdue, 3 the rest.
  static func urgency(_ index: Int, store: PlanStore, today: CalendarDate) -> Int {
    switch store.rag(ofAction: index) {
    case .red: 0
    case .amber: 1
    default: store.isOverdue(action: index, today: today) ? 2 : 3
    }
  }

  /// Whether an action needs the board: red, amber or overdue.
  public static func needsBoard(_ index: Int, store: PlanStore, today: CalendarDate) -> Bool {
    urgency(index, store: store, today: today) < 3
  }

  /// Parents before their children, siblings in file order (one pass, however deep).
  private static func areasInOrder(_ plan: Plan) -> [Int] {
    plan.areaTree.order.map(\.area)
  }
}
