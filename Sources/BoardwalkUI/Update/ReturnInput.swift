import BoardwalkCore
import BoardwalkMeeting

/// A lead writing their return on the main screen: the table holds their open actions, and
/// keys of the ``KeyScope/leadReturn`` scope write entries about the selected one. Every
/// entry goes to the shell as ``Effect/record(_:)``, which appends it to the return file.
extension AppState {
  /// The key, if it is one of the return's; returns whether it was.
  mutating func handleReturnKey(_ key: Key) -> Bool {
    guard var leadReturn = leadReturn.take() else { return false }
    defer { self.leadReturn = leadReturn }
    if let overlay = leadReturn.overlay {
      handleReturnOverlay(key, overlay, &leadReturn)
      return true
    }
    guard let command = keyMap.command(for: key, in: .leadReturn) else { return false }
    performReturn(command, &leadReturn)
    return true
  }

  private mutating func performReturn(_ command: Command, _ leadReturn: inout ReturnState) {
    guard let index = selectedAction else {
      message = StatusMessage(
        "No action is selected: the table is empty (c clears the filter)", isError: true)
      return
    }
    let action = store.actions[index]
    guard LeadActions.owner(leadReturn.lead, of: action) != nil else {
      let owners = action.owners.isEmpty ? "no owner" : action.owners.joined(separator: "; ")
      message = StatusMessage(
        "\(action.id) is not an action of \(leadReturn.lead) (owners: \(owners)): your return covers your own actions (c shows them again)",
        isError: true)
      return
    }
    let ref = LeadActions.ref(index, in: store)
    let plan = store.plans[action.plan]
    switch command {
    case .writeProgress: leadReturn.overlay = .text(TextEditor(), purpose: .progress)
    case .addEvidence: leadReturn.overlay = .text(TextEditor(), purpose: .evidence)
    case .proposeStatus:
      let proposed = leadReturn.record.item(ref).proposedStatus?.value.value
      let current = (proposed ?? store.level(ofAction: index)?.key).flatMap {
        plan.scale.levelIndex(forKey: $0)
      }
      leadReturn.overlay = .statusChoice(levels: plan.scale.levels, cursor: current ?? 0)
    case .proposeDue:
      leadReturn.overlay = .dueDate(LineEditor(), error: nil)
    case .tickMilestone:
      guard !action.milestones.isEmpty else {
        message = StatusMessage("\(action.id) has no milestones to tick", isError: true)
        return
      }
      let ticked = Set(leadReturn.record.item(ref).milestones.map(\.value))
      let first = action.milestones.indices.first {
        !action.milestones[$0].isDone && !ticked.contains(.number($0 + 1))
      }
      leadReturn.overlay = .milestoneChoice(
        milestones: action.milestones.enumerated().map { offset, milestone in
          let done =
            milestone.isDone
            ? " (done in the plan)"
            : ticked.contains(.number(offset + 1)) ? " (ticked in this return)" : ""
          let when = milestone.due?.readable ?? milestone.dueText ?? "no date"
          return "\(offset + 1). \(when): \(milestone.text)\(done)"
        }, cursor: first ?? 0)
    case .strikeLast:
      guard let last = leadReturn.record.item(ref).latest else {
        message = StatusMessage(
          "Your return says nothing about \(action.id) yet: nothing to withdraw", isError: true)
        return
      }
      leadReturn.overlay = .confirmStrike(sequence: last.sequence, summary: last.kind.words)
    default:
      break
    }
  }

  private mutating func handleReturnOverlay(
    _ key: Key, _ overlay: ReturnOverlay, _ leadReturn: inout ReturnState
  ) {
    guard let index = selectedAction else {
      leadReturn.overlay = nil
      return
    }
    let ref = LeadActions.ref(index, in: store)
    func save(_ event: MeetingEvent) {
      leadReturn.lastSubmitted = overlay
      leadReturn.overlay = nil
      effects.append(.record(event))
    }
    func cancel(isEmpty: Bool) {
      leadReturn.overlay = isEmpty ? nil : .confirmDiscard(overlay)
    }
    switch overlay {
    case .text(var editor, let purpose):
      switch EditorKey.text(key, &editor, keyMap: keyMap) {
      case .save(let text):
        guard !text.isEmpty else {
          message = StatusMessage("Nothing written yet (Esc closes)", isError: true)
          return
        }
        save(purpose == .progress ? .progress(ref, text: text) : .evidence(ref, text: text))
      case .editExternally(let text): effects.append(.editExternally(text))
      case .cancel(let isEmpty): cancel(isEmpty: isEmpty)
      case .edited: leadReturn.overlay = .text(editor, purpose: purpose)
      case .ignored: break
      }
    case .statusChoice(let levels, var cursor):
      switch listCommand(key) {
      case .moveUp: cursor = max(0, cursor - 1)
      case .moveDown: cursor = min(levels.count - 1, cursor + 1)
      case .accept:
        leadReturn.overlay = .statusReason(LineEditor(), level: levels[cursor].key)
        return
      case .cancel:
        leadReturn.overlay = nil
        return
      default: break
      }
      leadReturn.overlay = .statusChoice(levels: levels, cursor: cursor)
    case .statusReason(var editor, let level):
      switch EditorKey.line(key, &editor, keyMap: keyMap) {
      case .save(let reason):
        guard !reason.isEmpty else {
          message = StatusMessage("Give a one-line reason for the board", isError: true)
          return
        }
        save(.proposedStatus(ref, to: level, reason: reason))
      case .cancel(let isEmpty): cancel(isEmpty: isEmpty)
      case .edited: leadReturn.overlay = .statusReason(editor, level: level)
      case .editExternally, .ignored: break
      }
    case .dueDate(var editor, let error):
      switch EditorKey.line(key, &editor, keyMap: keyMap) {
      case .save(let text):
        do {
          let due = try DueDate(parsing: text)
          leadReturn.overlay = .dueReason(LineEditor(), due: due.written)
        } catch {
          leadReturn.overlay = .dueDate(editor, error: error.description)
        }
      case .cancel(let isEmpty): cancel(isEmpty: isEmpty)
      case .edited: leadReturn.overlay = .dueDate(editor, error: nil)
      case .editExternally, .ignored: leadReturn.overlay = .dueDate(editor, error: error)
      }
    case .dueReason(var editor, let due):
      switch EditorKey.line(key, &editor, keyMap: keyMap) {
      case .save(let reason):
        guard !reason.isEmpty else {
          message = StatusMessage("Give a one-line reason for the board", isError: true)
          return
        }
        save(.proposedDue(ref, due: due, reason: reason))
      case .cancel: cancel(isEmpty: false)
      case .edited: leadReturn.overlay = .dueReason(editor, due: due)
      case .editExternally, .ignored: break
      }
    case .milestoneChoice(let milestones, var cursor):
      switch listCommand(key) {
      case .moveUp: cursor = max(0, cursor - 1)
      case .moveDown: cursor = min(milestones.count - 1, cursor + 1)
      case .accept:
        save(.milestoneDone(ref, milestone: .number(cursor + 1)))
        return
      case .cancel:
        leadReturn.overlay = nil
        return
      default: break
      }
      leadReturn.overlay = .milestoneChoice(milestones: milestones, cursor: cursor)
    case .confirmStrike(let sequence, _):
      switch keyMap.command(for: key, in: .confirmation) {
      case .yes:
        leadReturn.overlay = nil
        effects.append(.record(.struck(sequence: sequence)))
      case .no: leadReturn.overlay = nil
      default: break
      }
    case .confirmDiscard(let previous):
      switch keyMap.command(for: key, in: .confirmation) {
      case .yes: leadReturn.overlay = nil
      case .no: leadReturn.overlay = previous
      default: break
      }
    }
  }

  /// A paste while writing the return: a note keeps its lines; a one-line field gets them
  /// as spaces. Returns whether the return had an editor open to take it.
  mutating func pasteIntoReturn(_ text: String) -> Bool {
    guard var leadReturn, let overlay = leadReturn.overlay else { return false }
    let line = text
    switch overlay {
    case .text(var editor, let purpose):
      editor.insert(text)
      leadReturn.overlay = .text(editor, purpose: purpose)
    case .statusReason(var editor, let level):
      editor.insert(line)
      leadReturn.overlay = .statusReason(editor, level: level)
    case .dueDate(var editor, _):
      editor.insert(line)
      leadReturn.overlay = .dueDate(editor, error: nil)
    case .dueReason(var editor, let due):
      editor.insert(line)
      leadReturn.overlay = .dueReason(editor, due: due)
    case .statusChoice, .milestoneChoice, .confirmStrike, .confirmDiscard:
      return true
    }
    self.leadReturn = leadReturn
    return true
  }
}
