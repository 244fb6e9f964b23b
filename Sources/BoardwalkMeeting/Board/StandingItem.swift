/// One of a board's standing agenda items ("Declarations of interest"), and the part of the
/// meeting it stands for: what the screen offers under it and what the minutes record.
public struct StandingItem: Hashable, Sendable {
  /// The part of a meeting a standing item stands for.
  public enum Role: Hashable, Sendable {
    /// Welcome, apologies and quorum: the attendance.
    case attendance
    case declarations
    /// The minutes of the previous meeting and matters arising.
    case previousMinutes
    /// The board's own action log.
    case actionLog
    case otherBusiness
    case nextMeeting
    /// An item of the board's own, minuted by its title.
    case other

    /// The role of a standing item, from its words ("Declarations of interest").
    public init(title: String) {
      let folded = title.lowercased()
      if folded.contains("other business") {
        self = .otherBusiness
      } else if folded.contains("next meeting") {
        self = .nextMeeting
      } else if folded.contains("action log") || folded.contains("actions log") {
        self = .actionLog
      } else if folded.contains("minutes") {
        self = .previousMinutes
      } else if folded.contains("declaration") || folded.contains("interest") {
        self = .declarations
      } else if folded.contains("apolog") || folded.contains("quorum")
        || folded.contains("attendance")
      {
        self = .attendance
      } else {
        self = .other
      }
    }

    /// Whether the item closes the meeting, after the plan items.
    public var isClosing: Bool { self == .otherBusiness || self == .nextMeeting }
  }

  public let title: String
  public let role: Role

  public init(title: String, role: Role) {
    self.title = title
    self.role = role
  }
}

extension Board {
  /// The standing items in the order the board takes them, each with its role. When the
  /// board file's items name no action log, the board's action log is taken before the
  /// plan items all the same (its actions must be seen): on screen and in the minutes.
  public var agendaItems: [StandingItem] {
    var items = standingItems.map { StandingItem(title: $0, role: StandingItem.Role(title: $0)) }
    if !items.contains(where: { $0.role == .actionLog }) {
      let closing = items.firstIndex { $0.role.isClosing } ?? items.count
      items.insert(StandingItem(title: "The board's action log", role: .actionLog), at: closing)
    }
    return items
  }
}
