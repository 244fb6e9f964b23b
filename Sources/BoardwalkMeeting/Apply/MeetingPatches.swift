import BoardwalkCore

/// Turns a meeting record into patches, one per plan that the meeting changed.
public enum MeetingPatches {
  /// Per plan id, what to write into its file.
  ///
  /// Each action the meeting recorded something about gets one update dated the meeting
  /// day, saying what was noted and decided; a status change or a confirmed closure (the
  /// scale's first done level) sets its status; an action discussed in confidence is marked
  /// confidential. Raised actions join their plan's actions.
  public static func make(record: MeetingRecord, store: PlanStore) -> [String: PlanPatch] {
    var patches: [String: PlanPatch] = [:]
    let date = (try? PlanDate(parsing: record.details.date))?.written ?? record.start?.today ?? ""
    let raisedRefs = Set(record.raised.map(\.ref))
    for ref in record.discussed where !raisedRefs.contains(ref) {
      guard let index = MeetingOutcome.index(of: ref, in: store) else { continue }
      let plan = store.plans[store.actions[index].plan]
      let item = record.item(ref)
      var change = PlanPatch.ActionChange()
      if item.closure == .confirmed, let done = plan.scale.levels.first(where: \.isDone) {
        change.status = done.key
      } else if let status = item.newStatus {
        change.status = status
      }
      change.due = item.newDue
      change.markConfidential = item.confidential == true && !store.actions[index].isConfidential
      let sentences = item.liveEntries.map { describe($0.kind, plan: plan) }
      if !sentences.isEmpty || change.status != nil {
        let text =
          "Board meeting \(date): "
          + (sentences.isEmpty ? "status set." : sentences.joined(separator: " "))
        change.update = (date, change.status, text)
      }
      if change.status != nil || change.due != nil || change.update != nil
        || change.markConfidential
      {
        patches[plan.id, default: PlanPatch()].changes[ref.action] = change
      }
    }
    for raised in record.raised {  // as the meeting left them, confidential or not
      patches[raised.ref.plan, default: PlanPatch()].newActions.append(raised)
    }
    return patches
  }

  private static func describe(_ kind: ItemRecord.Entry.Kind, plan: Plan) -> String {
    func label(_ key: String?) -> String {
      key.flatMap { plan.scale.levelIndex(forKey: $0) }.map { plan.scale.levels[$0].label }
        ?? "unrated"
    }
    switch kind {
    case .note(let text): return end(text)
    case .decision(let text): return "Decision: " + end(text)
    case .statusChanged(let from, let to, let reason):
      return "Status changed from \(label(from)) to \(label(to))"
        + (reason.isEmpty ? "." : ": " + end(reason))
    case .dueChanged(let from, let to, let reason):
      return "Due date moved from \(DueWords.readable(from)) to \(DueWords.readable(to))"
        + (reason.isEmpty ? "." : ": " + end(reason))
    case .closureProposed(let note):
      return "Closure proposed" + (note.isEmpty ? "." : ": " + end(note))
    case .closureConfirmed:
      guard plan.scale.levels.contains(where: \.isDone) else {
        return
          "Closure confirmed by the board, but this plan's scale has no done level: the status is unchanged."
      }
      return "Closure confirmed by the board."
    case .closureWithdrawn: return "Closure proposal withdrawn."
    case .closureReopened: return "Closure reopened by the board: the action stays open."
    }
  }

  private static func end(_ text: String) -> String {
    let trimmed = String(text.reversed().drop { $0.isWhitespace }.reversed())
    guard let last = trimmed.last else { return "" }
    return ".!?".contains(last) ? trimmed : trimmed + "."
  }
}
