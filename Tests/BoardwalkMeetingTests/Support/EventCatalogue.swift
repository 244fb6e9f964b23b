import BoardwalkMeeting
import Testing

/// One example of a meeting event, named for the test report.
struct NamedEvent: Sendable, CustomTestStringConvertible {
  let name: String
  let event: MeetingEvent

  var testDescription: String { name }
}

/// An example of every kind of journal entry, and of the optional parts each can leave out.
enum EventCatalogue {
  static let ref = ActionRef(plan: "harbour", action: "H1.1")

  static let all: [NamedEvent] = [
    NamedEvent(
      name: "started",
      event: .started(
        MeetingStart(
          plans: [
            PlanFingerprint(plan: "harbour", file: "plans/harbour.json", sha256: "ab" + zeros(62)),
            PlanFingerprint(plan: "moorland", file: "plans/moorland.json", sha256: zeros(64)),
          ], agenda: "status:red,amber", today: "2026-11-22"))),
    NamedEvent(
      name: "started with an empty agenda",
      event: .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22"))),
    NamedEvent(
      name: "details, every field",
      event: .details(
        MeetingDetailsChange(
          title: "Improvement board", date: "2026-11-22", chair: "Cllr Patel",
          present: ["A", "B"], apologies: ["C"], declarations: [], previousMeeting: "2026-09-20",
          nextMeeting: "2027-01-24"))),
    NamedEvent(
      name: "details, one field", event: .details(MeetingDetailsChange(chair: "Dr Okafor"))),
    NamedEvent(name: "moved", event: .moved(ref)),
    NamedEvent(name: "note", event: .note(ref, text: "Backlog at 95.")),
    NamedEvent(name: "decision", event: .decision(ref, text: "Fund locum EPs.")),
    NamedEvent(
      name: "status from a level",
      event: .statusChanged(ref, from: "red", to: "amber", reason: "Locums in post")),
    NamedEvent(
      name: "status from unrated",
      event: .statusChanged(ref, from: nil, to: "green", reason: "")),
    NamedEvent(
      name: "due moved",
      event: .dueChanged(ref, from: "2026-09-30", to: "2027-02", reason: "Contractor late")),
    NamedEvent(
      name: "due given where there was none",
      event: .dueChanged(ref, from: nil, to: "ongoing", reason: "")),
    NamedEvent(
      name: "attendance, present",
      event: .attendance(Attendance(name: "Cllr Amina Patel", status: .present))),
    NamedEvent(
      name: "attendance, a substitute",
      event: .attendance(
        Attendance(name: "Dr Ruth Ellis", status: .substitute, substituteFor: "Dr Tom Okafor"))),
    NamedEvent(
      name: "declaration on an item, left the room",
      event: .declaration(
        Declaration(
          name: "Cllr Amina Patel", interest: "Governor at Larkspur Vale", item: ref,
          leftRoom: true))),
    NamedEvent(
      name: "declaration on the meeting",
      event: .declaration(Declaration(name: "Dr Tom Okafor", interest: "Employed by the ICB"))),
    NamedEvent(
      name: "board action from an item",
      event: .boardActionRaised(
        BoardAction(
          id: "2026-11-22/1", text: "Report on EP recruitment", owner: "Head of SEND",
          due: "2027-01", arising: ref))),
    NamedEvent(
      name: "board action of its own",
      event: .boardActionRaised(
        BoardAction(id: "2026-11-22/2", text: "Visit the hub", owner: "Chair", due: "tbc"))),
    NamedEvent(
      name: "board action carried forward",
      event: .boardActionReviewed(
        BoardActionReview(
          id: "2026-09-20/1", outcome: .carried, due: "2027-03", note: "Round extended"))),
    NamedEvent(
      name: "board action done",
      event: .boardActionReviewed(
        BoardActionReview(id: "2026-09-20/2", outcome: .done, note: "Report received"))),
    NamedEvent(
      name: "minutes approved with a correction",
      event: .minutesApproved(
        MinutesApproval(
          meeting: "2026-09-20",
          corrections: [MinutesApproval.Correction(minute: "NSIB/2026/3", text: "She left.")]))),
    NamedEvent(
      name: "any other business, decided",
      event: .otherBusiness(
        OtherBusiness(
          id: "AOB1", title: "Monitoring visit", note: "DfE visit set for March",
          decision: "Chair to meet the adviser"))),
    NamedEvent(
      name: "any other business, noted",
      event: .otherBusiness(OtherBusiness(id: "AOB2", title: "Thanks", note: "To the team"))),
    NamedEvent(
      name: "minutes approved as they stand",
      event: .minutesApproved(MinutesApproval(meeting: "2026-09-20"))),
    NamedEvent(name: "closure proposed", event: .closureProposed(ref, note: "Target met.")),
    NamedEvent(name: "closure proposed without a note", event: .closureProposed(ref, note: "")),
    NamedEvent(name: "closure confirmed", event: .closureConfirmed(ref)),
    NamedEvent(name: "closure withdrawn", event: .closureWithdrawn(ref)),
    NamedEvent(name: "closure reopened", event: .closureReopened(ref)),
    NamedEvent(name: "confidential", event: .confidential(ref, true)),
    NamedEvent(name: "not confidential", event: .confidential(ref, false)),
    NamedEvent(
      name: "confidential under paragraph 3", event: .confidential(ref, true, paragraph: 3)),
    NamedEvent(
      name: "raised",
      event: .actionRaised(
        RaisedAction(
          ref: ActionRef(plan: "harbour", action: "H1.4"), area: "H1", title: "Audit plans",
          owners: ["Principal EP", "QA Lead"], due: "2027-02", isConfidential: true))),
    NamedEvent(
      name: "raised without owners or due",
      event: .actionRaised(
        RaisedAction(
          ref: ActionRef(plan: "harbour", action: "H1.5"), area: "H1", title: "Another",
          owners: [], due: nil))),
    NamedEvent(name: "struck", event: .struck(sequence: 4)),
    NamedEvent(
      name: "applying",
      event: .applying([
        PlanWrite(
          plan: "harbour", file: "plans/harbour.json", before: "ab" + zeros(62),
          after: "cd" + zeros(62), backup: "plans/harbour.json.bak-20261122-100405",
          temporary: "plans/.harbour.json.boardwalk-4242.tmp")
      ])),
    NamedEvent(
      name: "applied",
      event: .applied([
        PlanFingerprint(plan: "harbour", file: "harbour.json", sha256: "cd" + zeros(62))
      ])),
    NamedEvent(
      name: "return started",
      event: .returnStarted(
        ReturnStart(
          lead: "Head of SEND", cycle: "2026-11",
          plans: [
            PlanFingerprint(plan: "harbour", file: "../../harbour.json", sha256: zeros(64))
          ]))),
    NamedEvent(name: "progress", event: .progress(ref, text: "Two locums started.")),
    NamedEvent(
      name: "propose status",
      event: .proposedStatus(ref, to: "green", reason: "Funding agreed")),
    NamedEvent(
      name: "propose due", event: .proposedDue(ref, due: "2027-02", reason: "Contractor late")),
    NamedEvent(
      name: "propose due ongoing", event: .proposedDue(ref, due: "ongoing", reason: "")),
    NamedEvent(name: "evidence", event: .evidence(ref, text: "https://example.org/report.pdf")),
    NamedEvent(name: "milestone by number", event: .milestoneDone(ref, milestone: .number(2))),
    NamedEvent(name: "milestone by due", event: .milestoneDone(ref, milestone: .due("2026-12"))),
  ]

  private static func zeros(_ count: Int) -> String { String(repeating: "0", count: count) }
}
