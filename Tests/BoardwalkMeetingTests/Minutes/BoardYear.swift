import BoardwalkCore
import BoardwalkDocuments
import BoardwalkMeeting
import BoardwalkTestSupport

/// A board's meetings on the fixture plans (harbour and moorland), as journal entries: the
/// board file's members, quorum and prefix, and four meetings across two calendar years.
///
/// - 20 Sep 2026: three members present, one substitute, an officer in attendance; a
///   declaration on H1.1 (left the room); H1.1 discussed, with a board action arising; H1.2
///   walked through with nothing recorded; AP-1 marked confidential and discussed; H2.2
///   (confidential in its plan) walked through; a board action under any other business.
/// - 22 Nov 2026: agrees the first meeting's minutes with corrections to HMB/2026/5 and to
///   HMB/2026/9 (AP-1, confidential); the
///   action from H1.1 carried forward to Jan 2027, the other done; two members present only
///   (not quorate).
/// - 24 Jan 2027: carries the H1.1 action forward a second time.
/// - 21 Mar 2027: the H1.1 action done.
enum BoardYear {
  static let board = Board(
    name: "Harbour and Moorland Improvement Board",
    members: [
      Board.Member(name: "Cllr Amina Patel", role: "Chair"),
      Board.Member(name: "Dr Tom Okafor"), Board.Member(name: "Sarah Lind"),
      Board.Member(name: "Head of Inclusion"),
      Board.Member(name: "SEND Programme Manager", role: "Officer", isVoting: false),
    ], quorum: 3, minutePrefix: "HMB")

  static let first = CalendarDate(year: 2026, month: 9, day: 20)!
  static let second = CalendarDate(year: 2026, month: 11, day: 22)!
  static let third = CalendarDate(year: 2027, month: 1, day: 24)!
  static let fourth = CalendarDate(year: 2027, month: 3, day: 21)!

  static let h11 = ActionRef(plan: "harbour", action: "H1.1")
  static let h12 = ActionRef(plan: "harbour", action: "H1.2")
  static let h22 = ActionRef(plan: "harbour", action: "H2.2")
  static let ap1 = ActionRef(plan: "moorland", action: "AP-1")

  static func record(day: CalendarDate, _ events: [MeetingEvent]) -> MeetingRecord {
    let start = MeetingEvent.started(
      MeetingStart(plans: [], agenda: "status:open", today: day.description))
    let dated = MeetingEvent.details(MeetingDetailsChange(title: "Board meeting", date: "\(day)"))
    return MeetingRecord(
      entries: ([start, dated] + events).enumerated().map {
        JournalEntry(sequence: $0.offset + 1, time: "\(day)T10:00:00+00:00", event: $0.element)
      })
  }

  static let recruitment = BoardAction(
    id: "2026-09-20/1", text: "Report on EP recruitment", owner: "Head of SEND", due: "2026-11",
    arising: h11)

  /// Arising from the second meeting's other business.
  static let briefing = BoardAction(
    id: "2026-11-22/1", text: "Brief members before the visit", owner: "Chair", due: "2027-02",
    business: "AOB1")

  static var meetings: [BoardHistory.Meeting] {
    [
      BoardHistory.Meeting(
        day: first, journal: "2026-09-20.jsonl",
        record: record(
          day: first,
          [
            .attendance(Attendance(name: "Cllr Amina Patel", status: .present)),
            .attendance(Attendance(name: "Dr Tom Okafor", status: .present)),
            .attendance(Attendance(name: "Head of Inclusion", status: .apologies)),
            .attendance(
              Attendance(name: "Dr Ruth Ellis", status: .substitute, substituteFor: "Sarah Lind")),
            .attendance(Attendance(name: "SEND Programme Manager", status: .inAttendance)),
            .declaration(
              Declaration(
                name: "Dr Tom Okafor", interest: "Governor at Moorland Academy", item: h11,
                leftRoom: true)),
            .moved(h11), .note(h11, text: "Backlog at ninety-five."),
            .boardActionRaised(recruitment),
            .moved(h12),
            .moved(ap1), .confidential(ap1, true),
            .note(ap1, text: "Preferred bidder is under investigation."),
            .moved(h22),
            .boardActionRaised(
              BoardAction(
                id: "2026-09-20/2", text: "Circulate the inspection letter", owner: "Clerk",
                due: "2026-10")),
          ])),
      BoardHistory.Meeting(
        day: second, journal: "2026-11-22.jsonl",
        record: record(
          day: second,
          [
            .attendance(Attendance(name: "Cllr Amina Patel", status: .present)),
            .attendance(Attendance(name: "Sarah Lind", status: .present)),
            .attendance(Attendance(name: "Dr Tom Okafor", status: .apologies)),
            .minutesApproved(
              MinutesApproval(
                meeting: "2026-09-20",
                corrections: [
                  .init(minute: "HMB/2026/5", text: "Backlog at ninety-three."),
                  .init(minute: "HMB/2026/9", text: "The bidder was cleared by the fraud team."),
                ])),
            .boardActionReviewed(
              BoardActionReview(
                id: recruitment.id, outcome: .carried, due: "2027-01", note: "Round extended")),
            .boardActionReviewed(
              BoardActionReview(id: "2026-09-20/2", outcome: .done, note: "Sent on 1 October")),
            .otherBusiness(
              OtherBusiness(id: "AOB1", title: "Monitoring visit", note: "DfE visit in March.")),
            .boardActionRaised(briefing),
          ])),
      BoardHistory.Meeting(
        day: third, journal: "2027-01-24.jsonl",
        record: record(
          day: third,
          [
            .boardActionReviewed(
              BoardActionReview(
                id: recruitment.id, outcome: .carried, due: "2027-03", note: "Panel postponed")),
            .boardActionReviewed(
              BoardActionReview(id: briefing.id, outcome: .done, note: "Members briefed")),
          ])),
      BoardHistory.Meeting(
        day: fourth, journal: "2027-03-21.jsonl",
        record: record(
          day: fourth,
          [
            .boardActionReviewed(
              BoardActionReview(id: recruitment.id, outcome: .done, note: "Two EPs appointed"))
          ])),
    ]
  }

  /// The minutes of the meeting held on `day`, with the board's meetings up to `known` kept
  /// beside it (all four by default).
  static func writer(
    _ day: CalendarDate, _ visibility: MinutesWriter.Visibility = .full, known: Int = 4,
    board: Board = board
  ) throws -> MinutesWriter {
    let kept = Array(meetings.prefix(known))
    guard let meeting = kept.first(where: { $0.day == day }) else {
      throw TestProblem("no meeting of \(day) among the first \(known)")
    }
    return MinutesWriter(
      record: meeting.record, store: try MeetingFixture.store(), today: day,
      visibility: visibility,
      board: MinutesBoard(board: board, history: BoardHistory(meetings: kept)))
  }

  /// Headings of the document's sections, as written.
  static func headings(_ document: Document) -> [String] {
    document.sections.map(\.heading.plainText)
  }
}
