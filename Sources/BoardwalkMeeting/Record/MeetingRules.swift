import BoardwalkCore

/// What a meeting may record about an action: the rules the screen's keys apply, for
/// `boardwalk record` and any other command that writes a meeting's entries.
public enum MeetingRules {
  /// Whether actions rated on `scale` can be closed: only a scale with a done level (the
  /// built-in delivery-confidence scale has none) lets the board close an action.
  public static func canClose(on scale: RatingScale) -> Bool {
    scale.levels.contains(where: \.isDone)
  }

  /// Why `event` cannot be recorded in a meeting at `record` over `store`, or `nil` when it
  /// can. Only events about an action are checked; the rest are always allowed.
  public static func refusal(
    of event: MeetingEvent, record: MeetingRecord, store: PlanStore
  ) -> String? {
    guard let ref = event.action else { return nil }
    let index = MeetingOutcome.index(of: ref, in: store)
    let raised = record.raised.contains { $0.ref == ref }
    guard index != nil || raised else {
      return "\(ref.plan) \(ref.action) is not an action of the meeting's plans (nor one it raised)"
    }
    let item = record.item(ref)
    let scale = index.map { store.plans[store.actions[$0].plan].scale }
    switch event {
    case .note(_, let text), .decision(_, let text):
      if text.allSatisfy(\.isWhitespace) { return "nothing written: give the text" }
    case .statusChanged(_, _, let to, let reason):
      guard let scale else { return "an action raised in the meeting has no status to change yet" }
      guard let level = scale.levelIndex(forKey: to).map({ scale.levels[$0] }) else {
        return
          "\"\(to)\" is not a level of the \(scale.name) scale (its keys: \(scale.levels.map(\.key).joined(separator: ", ")))"
      }
      if level.isDone {
        return
          "\(level.label) closes the action: closing is the board's, through propose-closure and confirm-closure"
      }
      if item.closure == .confirmed {
        return "the board has closed this action: reopen it before its status can change"
      }
      if reason.allSatisfy(\.isWhitespace) { return "give a one-line reason for the change" }
    case .dueChanged(_, let from, let to, let reason):
      guard index != nil else {
        return "an action raised in the meeting has its due date in the raising"
      }
      do {
        _ = try DueDate(parsing: to)
      } catch {
        return
          "\(error.description): write the due date as a plan does (YYYY-MM-DD, YYYY-MM, ongoing or tbc)"
      }
      if from == to { return "the due date is \(to) already" }
      if item.closure == .confirmed { return "the board has closed this action" }
      if reason.allSatisfy(\.isWhitespace) { return "give a one-line reason for the move" }
    case .closureProposed, .closureConfirmed, .closureWithdrawn, .closureReopened:
      if let scale, !canClose(on: scale) {
        return
          "this plan's scale (\(scale.name)) has no done level, so its actions cannot be closed: change the status instead"
      }
      switch (event, item.closure) {
      case (.closureProposed, .proposed): return "closure is already proposed"
      case (.closureProposed, .confirmed): return "the board has closed this action already"
      case (.closureConfirmed, .none), (.closureWithdrawn, .none):
        return "closure must be proposed first: management proposes, the board closes"
      case (.closureConfirmed, .confirmed): return "the board has closed this action already"
      case (.closureWithdrawn, .confirmed):
        return "the board has closed this action: reopen it instead"
      case (.closureReopened, let state) where state != .confirmed:
        return "only an action the board closed can be reopened"
      default: break
      }
    default: break
    }
    return nil
  }
}
