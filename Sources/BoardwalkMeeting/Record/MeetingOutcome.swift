import BoardwalkCore

/// The plans as the meeting leaves them: statuses and due dates the board changed, closures
/// it confirmed, and the actions it raised. The plan files themselves are untouched until
/// `boardwalk apply`.
public enum MeetingOutcome {
  /// `store` with the record's changes applied.
  ///
  /// A meeting that changed no status or due date, confirmed no closure and raised no
  /// action leaves the plans as they were: its outcome is `store` itself, not a copy of every
  /// action.
  public static func store(from store: PlanStore, record: MeetingRecord) -> PlanStore {
    let changesActions =
      !record.raised.isEmpty
      || record.items.values.contains {
        $0.closure == .confirmed || $0.newStatus != nil || $0.newDue != nil
      }
    guard changesActions else { return store }
    var builder = PlanStore.Builder()
    for plan in store.plans {
      var actions = store.actions[plan.actionRange].map { action in
        let ref = ActionRef(plan: plan.id, action: action.id)
        guard let item = record.items[ref] else { return action }
        var changed = action
        if let due = item.newDue.flatMap({ try? DueDate(parsing: $0) }) {
          changed = changed.replacingDue(due)
        }
        if item.closure == .confirmed, let done = plan.scale.levels.firstIndex(where: \.isDone) {
          return changed.replacingStatus(done)
        }
        if let key = item.newStatus, let level = plan.scale.levelIndex(forKey: key) {
          return changed.replacingStatus(level)
        }
        return changed
      }
      // A raised action already in the plan (written there by `apply`) is not added again.
      // The plan's ids are only gathered for a plan with raised actions.
      let raisedHere = record.raised.filter { $0.ref.plan == plan.id }
      let existing = raisedHere.isEmpty ? [] : Set(actions.map { $0.id.lowercased() })
      for raised in raisedHere where !existing.contains(raised.ref.action.lowercased()) {
        guard let area = plan.areaIndex(forID: raised.area) else { continue }
        let due = raised.due.flatMap { try? DueDate(parsing: $0) }
        actions.append(
          Action(
            id: raised.ref.action, area: area, title: raised.title, owners: raised.owners, due: due,
            isConfidential: raised.isConfidential))
      }
      builder.add(plan, actions: actions)
    }
    return builder.build()
  }

  /// Whether action `index` of `store` is confidential: marked so in its plan or in the meeting.
  public static func isConfidential(_ index: Int, in store: PlanStore, record: MeetingRecord)
    -> Bool
  {
    let action = store.actions[index]
    return action.isConfidential
      || record.isMarkedConfidential(
        ActionRef(plan: store.plans[action.plan].id, action: action.id))
  }

  /// The store index of an action named by `ref` (a lookup, not a search of the plan).
  public static func index(of ref: ActionRef, in store: PlanStore) -> Int? {
    store.actionIndex(planID: ref.plan, actionID: ref.action)
  }

  /// A fresh id for an action raised under area `area` of plan `plan`, following the
  /// numbering the area's actions already use (`1.7` after `1.6`, `APA1.10` after `APA1.9`),
  /// or `AREA-new-N` when they have none.
  public static func newActionID(
    area: String, plan: Int, in store: PlanStore, raised: [RaisedAction]
  ) -> String {
    let planActions = store.actions[store.plans[plan].actionRange]
    let taken = Set(
      planActions.map { $0.id.lowercased() } + raised.map { $0.ref.action.lowercased() })
    let areaIndex = store.plans[plan].areaIndex(forID: area)
    // The ids of the area's actions, split into a prefix and a trailing number.
    var numbers: [String: [Int]] = [:]
    for action in planActions where action.area == areaIndex {
      let digits = action.id.reversed().prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, let number = Int(String(digits.reversed())) else { continue }
      numbers[String(action.id.dropLast(digits.count)), default: []].append(number)
    }
    for ref in raised where ref.area.lowercased() == area.lowercased() {
      let digits = ref.ref.action.reversed().prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, let number = Int(String(digits.reversed())) else { continue }
      numbers[String(ref.ref.action.dropLast(digits.count)), default: []].append(number)
    }
    // Counting on from the largest number in use, without arithmetic that can overflow:
    // a number at the top of the range gives way to the AREA-new-N form.
    if let (prefix, used) = numbers.max(by: { $0.value.count < $1.value.count }),
      let highest = used.max()
    {
      var candidate = highest.addingReportingOverflow(1)
      while !candidate.overflow, taken.contains("\(prefix)\(candidate.partialValue)".lowercased()) {
        candidate = candidate.partialValue.addingReportingOverflow(1)
      }
      if !candidate.overflow { return "\(prefix)\(candidate.partialValue)" }
    }
    var next = 1
    while taken.contains("\(area)-new-\(next)".lowercased()) { next += 1 }
    return "\(area)-new-\(next)"
  }
}
