import BoardwalkCore

/// What a meeting may record about an action: the rules the screen's keys apply, for
/// `boardwalk record` and any other command that writes a meeting's entries.
public enum MeetingRules {
  /// Whether actions rated on `scale` can be closed: only a scale with a done level (the
  /// built-in delivery-confidence scale has none) lets the board close an action.
  public static func canClose(on scale: RatingScale) -> Bool {
    scale.levels.contains(where: \.isDone)
  }

  /// The day of the meeting `record` holds: its date, else the day it judged due dates on.
  public static func day(of record: MeetingRecord) -> CalendarDate {
    (try? PlanDate(parsing: record.details.date).date)
      ?? (try? CalendarDate(parsingDay: record.start?.today ?? "")) ?? .today()
  }

  /// Why `event` cannot be recorded in a meeting at `record` over `store`, or `nil` when it
  /// can. `log` is the board's action log as the meeting opened, and `earlierMeetings` the
  /// days of the board's earlier meetings (for reviewing its actions and agreeing minutes).
  public static func refusal(
    of event: MeetingEvent, record: MeetingRecord, store: PlanStore,
    log: BoardActionLog = BoardActionLog(), earlierMeetings: [CalendarDate] = []
  ) -> String? {
    if let refusal = boardRefusal(
      of: event, record: record, log: log, earlierMeetings: earlierMeetings)
    {
      return refusal
    }
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

  /// Why one of the board's own entries (attendance, declarations, its actions, minutes
  /// agreed) cannot be recorded, or `nil`.
  private static func boardRefusal(
    of event: MeetingEvent, record: MeetingRecord, log: BoardActionLog,
    earlierMeetings: [CalendarDate]
  ) -> String? {
    func blank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
    switch event {
    case .attendance(let entry):
      if blank(entry.name) { return "give the person's name" }
      if entry.status == .substitute, blank(entry.substituteFor ?? "") {
        return "a substitute stands in for a member: name them (--for)"
      }
    case .declaration(let declaration):
      if blank(declaration.name) { return "give the name of who declares" }
      if blank(declaration.interest) { return "say what the interest is" }
    case .boardActionRaised(let action):
      if blank(action.text) { return "say what the action is" }
      if blank(action.owner) { return "give the action an owner" }
      do {
        _ = try DueDate(parsing: action.due)
      } catch {
        return
          "due: \(error.description) (write it as a plan does: YYYY-MM-DD, YYYY-MM, ongoing or tbc)"
      }
      if record.boardActions.contains(where: { $0.id == action.id }) || log.entry(action.id) != nil
      {
        return "the board has an action \(action.id) already"
      }
      if let business = action.business {
        if action.arising != nil {
          return "an action arises from a plan item or an item of other business, not both"
        }
        if !record.otherBusiness.contains(where: { $0.id == business }) {
          let raised = record.otherBusiness.map(\.id)
          return raised.isEmpty
            ? "no other business has been recorded at this meeting: \(business) is not an item of it"
            : "\(business) is not an item of other business at this meeting (there are \(raised.joined(separator: ", ")))"
        }
      }
    case .boardActionReviewed(let review):
      guard let entry = log.entry(review.id) else {
        let open = log.open.map(\.action.id)
        return open.isEmpty
          ? "the board's action log has no open action: \(review.id) is not on it"
          : "\(review.id) is not on the board's action log (open: \(open.joined(separator: ", ")))"
      }
      if !entry.isOpen {
        return "\(review.id) was \(entry.closed?.outcome.rawValue ?? "closed") already"
      }
      if blank(review.note) {
        return review.outcome == .done ? "say what was done" : "give the reason"
      }
      if review.outcome == .carried {
        guard let due = review.due else { return "an action carried forward needs its new date" }
        do {
          _ = try DueDate(parsing: due)
        } catch {
          return "due: \(error.description) (write it as a plan does)"
        }
        if due == entry.due { return "\(review.id) is due \(due) already: give the new date" }
      }
    case .confidential(_, let flag, let paragraph?):
      if !flag { return "a paragraph of Schedule 12A goes with marking an item confidential" }
      if ExemptInformation.cited(paragraph) == nil {
        return "Schedule 12A has paragraphs 1 to 7, not \(paragraph)"
      }
    case .otherBusiness(let item):
      if blank(item.title) { return "give the item of other business a title" }
      if blank(item.note) { return "say what was raised" }
      if record.otherBusiness.contains(where: { $0.id == item.id }) {
        return "there is an item \(item.id) already"
      }
    case .minutesApproved(let approval):
      guard let day = try? CalendarDate(parsingDay: approval.meeting) else {
        return "--meeting: \"\(approval.meeting)\" is not a day: write it as YYYY-MM-DD"
      }
      guard earlierMeetings.contains(day) else {
        let known = earlierMeetings.map(\.description)
        return known.isEmpty
          ? "no earlier meeting of the board is kept beside this one"
          : "no meeting of \(day) is kept beside this one (earlier meetings: \(known.joined(separator: ", ")))"
      }
      for correction in approval.corrections
      where blank(correction.minute) || blank(correction.text) {
        return "a correction names its minute and gives the corrected words"
      }
    default: break
    }
    return nil
  }
}
