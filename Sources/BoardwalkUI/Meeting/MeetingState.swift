import BoardwalkCore
import BoardwalkMeeting

/// A meeting on screen: the agenda, where the chair is, what the journal holds, and what is
/// being written now.
public struct MeetingState: Sendable {
  public let journalPath: String
  /// Whether this screen only follows the meeting: another screen records it.
  public let isReadOnly: Bool
  /// The board, when the meeting belongs to one (members, quorum, action log).
  public let board: BoardContext?
  public private(set) var record: MeetingRecord
  public let agenda: Agenda
  /// The agenda pane's rows, worked out once.
  let agendaRows: AgendaRows
  /// Index into the agenda's actions of the current item.
  public internal(set) var position = 0
  public internal(set) var agendaCursor = ListCursor()
  public internal(set) var focusOnAgenda = false
  public internal(set) var itemScroll = 0
  public internal(set) var overlay: MeetingOverlay?
  /// The overlay to bring back if an event it produced could not be saved.
  var lastSubmitted: MeetingOverlay?
  /// Plan files changed on disk since the meeting started: the meeting keeps the plans as
  /// they were loaded, and says so.
  public internal(set) var changedPlanFiles: [String] = []
  /// Why the agenda recorded in the journal could not be used, when it could not.
  public private(set) var agendaProblem: String?

  init(opening: MeetingOpening, store: PlanStore, today: CalendarDate) {
    journalPath = opening.journalPath
    isReadOnly = opening.isReadOnly
    board = opening.board
    record = MeetingRecord(entries: opening.entries)
    var filter: CompiledFilter?
    if let text = record.start?.agenda, !text.isEmpty {
      do {
        filter = try CompiledFilter(parsing: text, store: store)
      } catch {
        agendaProblem =
          "The meeting's agenda \"\(text)\" does not apply to these plans (\(error.description)): every action is shown"
      }
    }
    agenda = Agenda.build(store: store, today: today, filter: filter)
    agendaRows = AgendaRows(agenda, standing: opening.board?.board.agendaItems ?? [])
    if let ref = record.position, let index = MeetingOutcome.index(of: ref, in: store),
      let position = agenda.actions.firstIndex(of: index)
    {
      self.position = position
    }
  }

  /// The store index of the current item.
  public var currentAction: Int? {
    agenda.actions.indices.contains(position) ? agenda.actions[position] : nil
  }

  mutating func apply(_ entry: JournalEntry) {
    record.apply(entry)
  }

  /// The quorum as the attendance recorded so far has it, when the meeting has a board.
  public var quorum: Quorum? {
    board.map { Quorum(board: $0.board, attendance: record.attendance) }
  }

  /// The board's standing business this meeting has not done yet, in the order a board takes
  /// it: attendance, the previous minutes, the open actions of its log.
  public var boardBusiness: [String] {
    guard let board else { return [] }
    var left: [String] = []
    if record.attendance.isEmpty { left.append("attendance (w)") }
    if let previous = board.previousMeeting, !hasAgreedMinutes(of: previous) {
      left.append("minutes of \(previous.readable) to agree (m)")
    }
    let open = actionsToReview
    if open > 0 { left.append("\(open) board action\(open == 1 ? "" : "s") to review (v)") }
    return left
  }

  /// Whether this meeting has agreed the minutes of the meeting of `day`.
  private func hasAgreedMinutes(of day: CalendarDate) -> Bool {
    record.approvals.contains { $0.meeting == day.description }
  }

  /// How many of the board's actions still open from earlier meetings this meeting has not
  /// reviewed yet.
  private var actionsToReview: Int {
    let reviewed = Set(record.boardActionReviews.map(\.id))
    return (board?.log.open ?? []).filter { !reviewed.contains($0.action.id) }.count
  }

  /// Where standing item `item` stands: whether it is done, and what the agenda says beside
  /// it (how far it has gone, and the key that takes it), in words so it reads without
  /// colour.
  public func progress(of item: StandingItem) -> (isDone: Bool, words: String) {
    guard let board else { return (false, "") }
    switch item.role {
    case .attendance:
      guard let quorum, !record.attendance.isEmpty else { return (false, "w to take") }
      return (
        true,
        quorum.isQuorate
          ? "quorate \(quorum.voting)/\(board.board.votingMembers.count) · w"
          : "NOT QUORATE \(quorum.voting)/\(board.board.votingMembers.count) · w"
      )
    case .declarations:
      let count = record.declarations.count
      return (false, count == 0 ? "none yet · D" : "\(count) declared · D")
    case .previousMinutes:
      guard let previous = board.previousMeeting else { return (true, "no earlier meeting") }
      return hasAgreedMinutes(of: previous) ? (true, "agreed · m") : (false, "to agree · m")
    case .actionLog:
      let open = board.log.open.count
      guard open > 0 else {
        let raised = record.boardActions.count
        return (false, raised == 0 ? "nothing open · b adds" : "\(raised) new · b")
      }
      let left = actionsToReview
      return left == 0 ? (true, "reviewed · v") : (false, "\(left) to review · v")
    case .otherBusiness:
      let count = record.otherBusiness.count
      return (false, count == 0 ? "O" : "\(count) item\(count == 1 ? "" : "s") · O")
    case .nextMeeting:
      let next =
        (try? PlanDate(parsing: record.details.nextMeeting).readable)
        ?? board.board.nextMeeting(after: MeetingRules.day(of: record))?.readable
      return (false, next.map { "\($0) · i" } ?? "not set · i")
    case .other:
      return (false, "")
    }
  }

  /// Goes to the agenda item `ref`, when it is on the agenda (a followed meeting moving on).
  mutating func follow(to ref: ActionRef, in store: PlanStore) {
    guard let index = agenda.actions.firstIndex(where: { Self.ref(of: $0, in: store) == ref })
    else { return }
    if index != position { itemScroll = 0 }
    position = index
  }

  static func ref(of index: Int, in store: PlanStore) -> ActionRef {
    let action = store.actions[index]
    return ActionRef(plan: store.plans[action.plan].id, action: action.id)
  }
}
