import BoardwalkCore
import BoardwalkMeeting
import Testing

/// Issue 14: the quorum from the attendance recorded, and the board's action log carried
/// from meeting to meeting.
@Suite("quorum and the board's action log")
struct BoardLogTests {
  static let board = Board(
    name: "Board",
    members: ["A", "B", "C", "D", "E"].map { Board.Member(name: $0) }
      + [Board.Member(name: "Officer", isVoting: false)],
    quorum: 3, minutePrefix: "NSIB", meetingsFolder: "meetings", standingItems: [], schedule: [],
    file: "board.jsonc")

  static func record(_ events: [MeetingEvent]) -> MeetingRecord {
    MeetingRecord(
      entries: events.enumerated().map {
        JournalEntry(sequence: $0.offset + 1, time: "2026-11-22T10:00:00+00:00", event: $0.element)
      })
  }

  @Test("members present and substitutes count once each; apologies, guests and officers do not")
  func quorum() {
    let attendance = [
      Attendance(name: "A", status: .present), Attendance(name: "b", status: .present),
      Attendance(name: "Sam", status: .substitute, substituteFor: "C"),
      Attendance(name: "C", status: .present), Attendance(name: "D", status: .apologies),
      Attendance(name: "Officer", status: .present), Attendance(name: "Guest", status: .present),
    ]
    let quorum = Quorum(board: Self.board, attendance: attendance)
    #expect(quorum.voting == 3)
    #expect(quorum.isQuorate)
    #expect(quorum.words(members: 5) == "Quorate: 3 of 5 voting members present (quorum 3)")
    let short = Quorum(board: Self.board, attendance: Array(attendance.prefix(2)))
    #expect(short.words(members: 5) == "NOT QUORATE: 2 of 5 voting members present (quorum 3)")
  }

  @Test("the latest attendance entry for a person is what counts")
  func latestAttendance() {
    let record = Self.record([
      .attendance(Attendance(name: "A", status: .apologies)),
      .attendance(Attendance(name: "a", status: .present)),
    ])
    #expect(record.attendance == [Attendance(name: "a", status: .present)])
  }

  @Test("an action carried twice then done: its count, its date, and when it closed")
  func carriedForward() throws {
    let first = CalendarDate(year: 2026, month: 9, day: 20)!
    let second = CalendarDate(year: 2026, month: 11, day: 22)!
    let third = CalendarDate(year: 2027, month: 1, day: 24)!
    let action = BoardAction(
      id: "2026-09-20/1", text: "Report", owner: "Head of SEND", due: "2026-11")
    var log = BoardActionLog()
    log.fold(Self.record([.boardActionRaised(action)]), day: first)
    log.fold(
      Self.record([
        .boardActionReviewed(
          BoardActionReview(id: action.id, outcome: .carried, due: "2027-01", note: "Late"))
      ]), day: second)
    #expect(log.open.map(\.timesCarried) == [1])
    log.fold(
      Self.record([
        .boardActionReviewed(
          BoardActionReview(id: action.id, outcome: .carried, due: "2027-03", note: "Later")),
        .boardActionReviewed(BoardActionReview(id: action.id, outcome: .done, note: "Received")),
      ]), day: third)
    let entry = try #require(log.entry(action.id))
    #expect(entry.timesCarried == 2)
    #expect(entry.due == "2027-03")
    #expect(entry.closed?.outcome == .done)
    #expect(entry.closed?.day == third)
    #expect(log.open.isEmpty)
  }
}
