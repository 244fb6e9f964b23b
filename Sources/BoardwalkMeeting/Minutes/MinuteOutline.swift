import BoardwalkCore

/// The minutes of one board meeting, in the order they are written, each with its reference
/// (`NSIB/2026/14`): the board's standing items that open the meeting, the plan items, the
/// standing items that close it, then the confidential items, taken together after the
/// resolution to exclude the press and public.
///
/// References are numbered through the calendar year across the board's meetings kept in
/// the meeting's folder, earlier meetings first: a meeting's first minute follows the last
/// minute of the meeting before it that year. How many minutes a meeting has is read from
/// its journal and the board file alone (never from the plans, which change after `apply`),
/// so writing any meeting's minutes again, before or after later meetings, gives the same
/// references (docs/board.md).
struct MinuteOutline {
  /// What a standing item minutes.
  typealias Role = StandingItem.Role

  /// One minute.
  enum Minute: Hashable {
    case standing(title: String, role: Role)
    case planItem(ActionRef)
    /// A plan item taken in the confidential part of the meeting.
    case confidentialItem(ActionRef)
  }

  /// The minutes, in order, each with its reference.
  let minutes: [(minute: Minute, reference: String)]

  /// The outline of the meeting `record` holds, its first minute numbered `first`.
  /// `isConfidential` says which plan items are taken in the confidential part.
  init(
    record: MeetingRecord, board: Board, year: Int, first: Int,
    isConfidential: (ActionRef) -> Bool
  ) {
    let standing = Self.standingItems(of: board)
    let items = Self.planItems(of: record, board: board)
    var ordered = standing.prefix { !$0.role.isClosing }.map {
      Minute.standing(title: $0.title, role: $0.role)
    }
    ordered += items.filter { !isConfidential($0) }.map(Minute.planItem)
    ordered += standing.drop { !$0.role.isClosing }.map {
      Minute.standing(title: $0.title, role: $0.role)
    }
    ordered += items.filter(isConfidential).map(Minute.confidentialItem)
    minutes = ordered.enumerated().map { offset, minute in
      (minute, "\(board.minutePrefix)/\(year)/\(first + offset)")
    }
  }

  /// How many minutes the meeting `record` holds has: its standing items and plan items.
  static func count(of record: MeetingRecord, board: Board) -> Int {
    standingItems(of: board).count + planItems(of: record, board: board).count
  }

  /// The board's standing items with their roles (``Board/agendaItems``).
  static func standingItems(of board: Board) -> [StandingItem] { board.agendaItems }

  /// The plan items the meeting took, in the order first reached: those it recorded
  /// something about, marked confidential, or (when the board file asks for the noted
  /// wording) only walked through. Actions raised in the meeting are not items.
  static func planItems(of record: MeetingRecord, board: Board) -> [ActionRef] {
    let raised = Set(record.raised.map(\.ref))
    return record.walked.filter { ref in
      guard !raised.contains(ref) else { return false }
      let item = record.item(ref)
      if item.confidential != nil || item.entries.contains(where: { !$0.isStruck }) {
        return true
      }
      return board.notedWording && record.wasVisited(ref)
    }
  }

  /// The reference of `minute`, if the meeting has it.
  func reference(of minute: Minute) -> String? {
    minutes.first { $0.minute == minute }?.reference
  }

  /// The reference of the minute that took plan item `ref` (public or confidential).
  func reference(ofItem ref: ActionRef) -> String? {
    minutes.first {
      $0.minute == .planItem(ref) || $0.minute == .confidentialItem(ref)
    }?.reference
  }

  /// The reference of the first standing item with `role`.
  func reference(of role: Role) -> String? {
    minutes.first {
      if case .standing(_, let found) = $0.minute { found == role } else { false }
    }?.reference
  }
}

extension MinuteOutline {
  /// The outline of the meeting of `day` (held by `record`) among the meetings of `history`:
  /// numbered on from the minutes of the board's earlier meetings that calendar year.
  init(
    record: MeetingRecord, day: CalendarDate, board: Board, history: BoardHistory,
    isConfidential: (ActionRef) -> Bool
  ) {
    let earlier = history.before(day).filter { $0.day.year == day.year }
    let first = 1 + earlier.reduce(0) { $0 + Self.count(of: $1.record, board: board) }
    self.init(
      record: record, board: board, year: day.year, first: first, isConfidential: isConfidential)
  }
}
