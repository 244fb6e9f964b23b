import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

/// Issue 15: in the meeting, each item shows what the leads' returns say about it; `a`
/// accepts what they propose (journalled as the board's decision citing the return, a status
/// as a status change, a done level as the board's closure), `A` records it as not accepted
/// with a reason. Riverside 1.1 is red, due 30 Sep 2026.
@Suite("the leads' returns in the meeting")
struct ReturnsInMeetingTests {
  static let source = "Head of SEND's return of 15 Nov 2026"

  static func returns(
    status: ReturnItem.Proposal? = ReturnItem.Proposal(value: "amber", reason: "Locums in post"),
    due: ReturnItem.Proposal? = nil, progress: String? = "Backlog down to seventy"
  ) -> LeadReturns {
    LeadReturns(byAction: [
      Ref.riverside("1.1"): [
        LeadReturns.Entry(
          lead: "Head of SEND", day: "2026-11-15", progress: progress, status: status, due: due)
      ]
    ])
  }

  @Test("the item shows each lead's return: what they propose against the plan, and their progress")
  func shown() throws {
    let screen = try MeetingScreen(width: 100, height: 40, returns: Self.returns())
    #expect(screen.shows("The leads' returns"))
    #expect(screen.shows(Self.source))
    #expect(screen.shows("proposes status Red → Amber: Locums in post"))
    #expect(screen.shows("progress: Backlog down to seventy"))
    #expect(screen.shows("a accepts what they propose"))
  }

  @Test(
    "a accepts a status: the board's decision citing the return, then the status change; a again does nothing"
  )
  func acceptStatus() throws {
    var screen = try MeetingScreen(width: 100, height: 40, returns: Self.returns())
    let ref = Ref.riverside("1.1")
    screen.type("a")
    #expect(
      screen.eventsToRecord == [
        .decision(ref, text: "Accepted: \(Self.source): status Red → Amber: Locums in post"),
        .statusChanged(ref, from: "red", to: "amber", reason: "\(Self.source): Locums in post"),
        .note(ref, text: "\(Self.source): Backlog down to seventy"),
      ])
    screen.save()
    #expect(screen.shows("proposes status Red → Amber: Locums in post (accepted)"))
    #expect(screen.shows("progress: Backlog down to seventy (minuted)"))
    #expect(!screen.shows("a accepts what they propose"))
    screen.type("a")
    #expect(screen.eventsToRecord.isEmpty)
    #expect(screen.message?.text.contains("answered every proposal") == true)
  }

  @Test("a accepts a closing status as the board's closure, as p and C would record it")
  func acceptClosure() throws {
    var screen = try MeetingScreen(
      returns: Self.returns(
        status: ReturnItem.Proposal(value: "complete", reason: "Backlog cleared")))
    let ref = Ref.riverside("1.1")
    screen.type("a")
    #expect(
      screen.eventsToRecord == [
        .decision(ref, text: "Accepted: \(Self.source): status Red → Complete: Backlog cleared"),
        .closureProposed(ref, note: "\(Self.source): Backlog cleared"), .closureConfirmed(ref),
        .note(ref, text: "\(Self.source): Backlog down to seventy"),
      ])
  }

  @Test(
    "a accepts a date: the board's decision citing the return, then the due date moved; A records a proposal as not accepted with the reason"
  )
  func dueAndDecline() throws {
    let returns = Self.returns(
      status: nil, due: ReturnItem.Proposal(value: "2027-02-28", reason: "Funding in January"))
    let ref = Ref.riverside("1.1")
    let citation = "\(Self.source): due 30 Sep 2026 → 28 Feb 2027: Funding in January"
    var accepting = try MeetingScreen(width: 100, height: 60, returns: returns)
    accepting.type("a")
    #expect(
      accepting.eventsToRecord == [
        .decision(ref, text: "Accepted: \(citation)"),
        .dueChanged(
          ref, from: "2026-09-30", to: "2027-02-28", reason: "\(Self.source): Funding in January"),
        .note(ref, text: "\(Self.source): Backlog down to seventy"),
      ])
    accepting.save()
    #expect(
      accepting.shows("Due: 28 Feb 2027 (moved by the board; was 30 Sep 2026)"), "\(accepting)")
    #expect(accepting.message?.text == "Due date 30 Sep 2026 → 28 Feb 2027: saved")
    var declining = try MeetingScreen(returns: returns)
    declining.type("A")
    declining.type("The ICB has not agreed the funding")
    declining.press(.enter)
    #expect(
      declining.eventsToRecord == [
        .decision(
          ref, text: "Not accepted: \(citation). Reason: The ICB has not agreed the funding")
      ])
    declining.save()
    #expect(declining.shows("(not accepted)"))
  }

  @Test("a return with only a progress note: a minutes it, A has nothing to decline")
  func progressOnly() throws {
    var screen = try MeetingScreen(returns: Self.returns(status: nil))
    let ref = Ref.riverside("1.1")
    screen.type("A")
    #expect(screen.overlay == nil)
    #expect(screen.eventsToRecord.isEmpty)
    screen.type("a")
    #expect(screen.eventsToRecord == [.note(ref, text: "\(Self.source): Backlog down to seventy")])
  }

  @Test(
    "with no return on the item, a and A say so and record nothing; a following screen refuses them"
  )
  func nothingToAnswer() throws {
    var screen = try MeetingScreen()
    screen.type("a")
    #expect(screen.eventsToRecord.isEmpty)
    #expect(screen.message?.text == "No lead's return proposes anything for this item")
    screen.type("A")
    #expect(screen.overlay == nil)
    var follower = try MeetingScreen(resuming: [], readOnly: true, returns: Self.returns())
    follower.type("a")
    #expect(follower.eventsToRecord.isEmpty)
    #expect(follower.message?.text.hasPrefix("Read-only") == true)
  }
}
