import BoardwalkCore

/// The days a board's direction of travel is read on: its last meetings up to today.
public enum MeetingDays {
  /// The last `count` meeting days up to `today`, today the last of them: the meetings kept
  /// in the board's folder and the past dates of its schedule; where there are too few (or
  /// no board), every six weeks back from the earliest.
  public static func last(_ count: Int, board: Board?, today: CalendarDate) -> [CalendarDate] {
    guard count > 1 else { return [today] }
    var days: [CalendarDate] = []
    if let board {
      days = MeetingSummary.all(in: board.meetingsPath).compactMap(\.day) + board.schedule
      days = Array(Set(days.filter { $0 < today })).sorted()
    }
    if days.count < count - 1 {
      let earliest = days.first ?? today
      let missing = count - 1 - days.count
      days = (1...missing).reversed().map { earliest.adding(days: -42 * $0) } + days
    }
    return Array(days.suffix(count - 1)) + [today]
  }
}
