/// Who met, when, and what they declared.
public struct MeetingDetails: Hashable, Sendable {
  public var title = ""
  public var date = ""
  public var chair = ""
  public var present: [String] = []
  public var apologies: [String] = []
  public var declarations: [String] = []
  public var previousMeeting = ""
  public var nextMeeting = ""
  /// When it started, where it was held, and who took the minutes (the board file gives
  /// them when a meeting does not).
  public var time = ""
  public var venue = ""
  public var minuteTaker = ""

  public init() {}

  mutating func apply(_ change: MeetingDetailsChange) {
    if let value = change.title { title = value }
    if let value = change.date { date = value }
    if let value = change.chair { chair = value }
    if let value = change.present { present = value }
    if let value = change.apologies { apologies = value }
    if let value = change.declarations { declarations = value }
    if let value = change.previousMeeting { previousMeeting = value }
    if let value = change.nextMeeting { nextMeeting = value }
    if let value = change.time { time = value }
    if let value = change.venue { venue = value }
    if let value = change.minuteTaker { minuteTaker = value }
  }

  /// The change that turns these details into `other` (only fields that differ).
  public func change(to other: MeetingDetails) -> MeetingDetailsChange {
    MeetingDetailsChange(
      title: other.title != title ? other.title : nil, date: other.date != date ? other.date : nil,
      chair: other.chair != chair ? other.chair : nil,
      present: other.present != present ? other.present : nil,
      apologies: other.apologies != apologies ? other.apologies : nil,
      declarations: other.declarations != declarations ? other.declarations : nil,
      previousMeeting: other.previousMeeting != previousMeeting ? other.previousMeeting : nil,
      nextMeeting: other.nextMeeting != nextMeeting ? other.nextMeeting : nil,
      time: other.time != time ? other.time : nil, venue: other.venue != venue ? other.venue : nil,
      minuteTaker: other.minuteTaker != minuteTaker ? other.minuteTaker : nil)
  }
}
