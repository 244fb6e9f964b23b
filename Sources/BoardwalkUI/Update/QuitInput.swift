/// Leaving the screen without losing what is being written: Ctrl-C, and `q` on a screen
/// too small to show the text, ask first while a note, decision, reason or form is open
/// with something in it.
extension AppState {
  /// What is being written and not saved yet ("note", "new action"), if anything.
  public var unsavedDraft: String? {
    if let overlay = leadReturn?.overlay { return Self.unsavedDraft(in: overlay) }
    guard var overlay = meeting?.overlay else { return nil }
    if case .confirmDiscard(let box) = overlay { overlay = box.overlay }
    switch overlay {
    case .text(let editor, let purpose):
      guard !editor.isEmpty else { return nil }
      switch purpose {
      case .note: return "note"
      case .decision: return "decision"
      case .closureProposal: return "closure note"
      case .returnNotAccepted: return "reason"
      }
    case .statusReason(let editor, _): return editor.text.isEmpty ? nil : "reason"
    case .raise(let form): return form.isChanged ? "new action" : nil
    case .details(let form): return form.isChanged ? "meeting details" : nil
    case .substitute(let editor, _), .guest(let editor):
      return editor.text.isEmpty ? nil : "name"
    case .boardForm(let form, let purpose):
      guard form.isChanged else { return nil }
      switch purpose {
      case .declaration: return "declaration"
      case .boardAction: return "board action"
      case .review: return "review of the action"
      case .otherBusiness: return "item of other business"
      }
    case .previousMinutes(let editor, _): return editor.isEmpty ? nil : "corrections"
    case .attendance, .actionLog, .exemptParagraph: return nil
    case .statusChoice, .confirmStrike, .confirmClosure, .confirmReopen, .confirmDiscard:
      return nil
    }
  }

  /// What a lead is writing in their return and has not saved, if anything.
  private static func unsavedDraft(in overlay: ReturnOverlay) -> String? {
    switch overlay {
    case .confirmDiscard(let previous): unsavedDraft(in: previous)
    case .text(let editor, let purpose): editor.isEmpty ? nil : purpose.draftName
    case .statusReason(let editor, _), .dueReason(let editor, _):
      editor.text.isEmpty ? nil : "reason"
    case .dueDate(let editor, _): editor.text.isEmpty ? nil : "due date"
    case .statusChoice, .milestoneChoice, .confirmStrike: nil
    }
  }

  /// Ctrl-C: ends the screen, unless something is being written; then it asks first.
  mutating func interrupt() {
    if isAskingToQuit || unsavedDraft == nil {
      isFinished = true
      wasInterrupted = true
      return
    }
    askToQuit(again: "Ctrl-C")
  }

  /// `q` where it quits: asks first when something is being written.
  mutating func quitLosingNothingUnasked() {
    if unsavedDraft == nil {
      isFinished = true
    } else {
      askToQuit(again: "q")
    }
  }

  private mutating func askToQuit(again key: String) {
    isAskingToQuit = true
    message = StatusMessage(
      "\(key) again quits and throws away the \(unsavedDraft ?? "text") you are writing; any other key goes back to it",
      isError: true)
  }

  /// The key after the question: `q` (where it asked) quits; anything else goes back.
  mutating func answerQuitQuestion(_ key: Key) {
    isAskingToQuit = false
    if layout.mode == .tooSmall, keyMap.command(for: key, in: .screen) == .quit {
      isFinished = true
      return
    }
    message = StatusMessage("Back to your \(unsavedDraft ?? "text"): nothing was lost")
  }
}
