import BoardwalkCore

/// How an action's RAG class moved since the board last looked: from an earlier copy of the
/// plans (`--since`), else from the update history as at the previous meeting, else from the
/// action's own latest recorded change.
struct Movement {
  let outcome: PlanStore
  let original: PlanStore
  let since: PlanStore?
  let previousMeeting: CalendarDate?
  let record: MeetingRecord

  /// The direction of travel of action `index` of the outcome store.
  func trend(ofAction index: Int) -> Trend {
    guard let before = previousClass(of: index) else { return .unknown }
    return Trend(from: before, to: outcome.rag(ofAction: index))
  }

  private func previousClass(of index: Int) -> RAGClass? {
    let action = outcome.actions[index]
    // The plan's id and scale, not a copy of the whole plan: this runs for every action.
    let ref = ActionRef(plan: outcome.plans[action.plan].id, action: action.id)
    let levels = outcome.plans[action.plan].scale.levels
    if let since {
      guard let earlier = MeetingOutcome.index(of: ref, in: since) else { return nil }
      return since.rag(ofAction: earlier)
    }
    // Dates and statuses only: the updates' text is not needed here.
    let history = action.statusHistory
    if let previousMeeting {
      let last = history.last { $0.status != nil && $0.date.date <= previousMeeting }
      return last.flatMap { $0.status.map { levels[$0].rag } }
    }
    // The board changed it today: from what the plan said before.
    if let item = record.items[ref], item.newStatus != nil || item.closure == .confirmed,
      let before = MeetingOutcome.index(of: ref, in: original)
    {
      return original.rag(ofAction: before)
    }
    // From the status recorded before the latest one (the latest alone: no movement).
    var recorded = history.reversed().lazy.compactMap(\.status).makeIterator()
    guard recorded.next() != nil else { return nil }
    guard let before = recorded.next() else { return outcome.rag(ofAction: index) }
    return levels[before].rag
  }

  /// How the minutes describe where movement is measured from.
  var basis: String {
    if since != nil { return "the earlier copy of the plans given with --since" }
    if let previousMeeting { return "the previous meeting (\(previousMeeting.readable))" }
    return "each action's previous recorded status"
  }
}
