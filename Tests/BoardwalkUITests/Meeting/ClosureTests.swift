import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("Closing an action: management proposes (p), the board confirms (C)")
struct ClosureTests {
  static let ref = Ref.riverside("1.1")

  @Test("p opens management's note; Enter asks to journal the proposal, even with no note")
  func propose() throws {
    var screen = try MeetingScreen()
    screen.type("p")
    guard case .text(_, .closureProposal) = screen.overlay else {
      Issue.record("no proposal editor")
      return
    }
    #expect(screen.shows("Propose closure (management's note)"))
    screen.press(.enter)
    #expect(screen.eventsToRecord == [.closureProposed(Self.ref, note: "")])
  }

  @Test("the proposal shows as awaiting the board only once saved")
  func proposalShown() throws {
    var screen = try MeetingScreen()
    screen.type("pBacklog cleared in October")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [.closureProposed(Self.ref, note: "Backlog cleared in October")])
    #expect(!screen.shows("awaiting the board"))
    screen.save()
    #expect(screen.shows("Closure proposed by management: awaiting the board (C confirms)"))
    #expect(screen.shows("• Closure proposed: Backlog cleared in October"))
  }

  @Test("C before a proposal is refused, saying who proposes")
  func confirmFirst() throws {
    var screen = try MeetingScreen()
    screen.type("C")
    #expect(screen.eventsToRecord == [])
    #expect(
      screen.message
        == StatusMessage(
          "Closure must be proposed first (p): management proposes, the board closes",
          isError: true))
  }

  @Test("C after a proposal asks first; y asks to journal the confirmation; closed only once saved")
  func confirm() throws {
    var screen = try MeetingScreen(resuming: [.closureProposed(Self.ref, note: "")])
    screen.type("C")
    #expect(
      screen.overlay
        == .confirmClosure(
          Self.ref,
          title: "Clear the backlog of EHC needs assessments open for more than twenty weeks"
        ))
    #expect(screen.shows("Close 1.1 for good? y / n"))
    #expect(screen.shows("“Clear the backlog of EHC needs assessments"))
    #expect(screen.eventsToRecord == [])
    screen.type("y")
    #expect(screen.eventsToRecord == [.closureConfirmed(Self.ref)])
    #expect(screen.shows("awaiting the board"))
    #expect(!screen.shows("Closed by the board"))
    screen.save()
    #expect(screen.shows("Closed by the board"))
    #expect(screen.shows("• Closure confirmed by the board"))
    #expect(!screen.shows("awaiting the board"))
  }

  @Test("a closed action shows its plan's done level and is no longer overdue")
  func closedStatus() throws {
    var screen = try MeetingScreen(resuming: [.closureProposed(Self.ref, note: "")])
    #expect(screen.shows("Due: 30 Sep 2026 (“End of September 2026”) · OVERDUE"))
    screen.type("Cy")
    screen.save()
    #expect(screen.shows("Status: Complete (was Red ↑ better)"))
    #expect(!screen.shows("OVERDUE"))
  }

  @Test("p on a proposed closure withdraws it, once saved")
  func withdraw() throws {
    var screen = try MeetingScreen(resuming: [.closureProposed(Self.ref, note: "")])
    screen.type("p")
    #expect(screen.overlay == nil)
    #expect(screen.eventsToRecord == [.closureWithdrawn(Self.ref)])
    screen.save()
    #expect(!screen.shows("awaiting the board"))
    #expect(screen.shows("• Closure proposal withdrawn"))
    #expect(screen.meeting?.record.item(Self.ref).closure == ItemRecord.Closure.none)
  }

  @Test("C asked to close, answered n (or Esc): nothing is journalled and the proposal stands")
  func confirmDeclined() throws {
    for answer in [Key.character("n"), .escape] {
      var screen = try MeetingScreen(resuming: [.closureProposed(Self.ref, note: "")])
      screen.type("C")
      screen.press(answer)
      #expect(screen.overlay == nil)
      #expect(screen.eventsToRecord == [])
      #expect(screen.meeting?.record.item(Self.ref).closure == .proposed)
    }
  }

  @Test("p on an action the board closed records nothing, and says C reopens it")
  func alreadyClosed() throws {
    var screen = try MeetingScreen(resuming: [
      .closureProposed(Self.ref, note: ""), .closureConfirmed(Self.ref),
    ])
    screen.type("p")
    #expect(screen.eventsToRecord == [])
    #expect(screen.overlay == nil)
    #expect(
      screen.message
        == StatusMessage("The board has closed this action; C reopens it", isError: true))
  }

  @Test("C on a closed action asks to reopen it; y journals the reopening and it is open again")
  func reopen() throws {
    var screen = try MeetingScreen(resuming: [
      .closureProposed(Self.ref, note: ""), .closureConfirmed(Self.ref),
    ])
    #expect(screen.shows("Closed by the board"))
    screen.type("C")
    #expect(screen.shows("Reopen 1.1? y / n"))
    #expect(screen.shows("The board's closure is undone: the action stays open."))
    #expect(screen.eventsToRecord == [])
    screen.type("y")
    #expect(screen.eventsToRecord == [.closureReopened(Self.ref)])
    screen.save()
    #expect(screen.meeting?.record.item(Self.ref).closure == ItemRecord.Closure.none)
    #expect(!screen.shows("Closed by the board"))
    #expect(screen.shows("• Closure reopened: the action stays open"))
    #expect(screen.shows("Status: Red"))
  }

  @Test("the status of a closed action cannot change until it is reopened")
  func statusOfClosedAction() throws {
    var screen = try MeetingScreen(resuming: [
      .closureProposed(Self.ref, note: ""), .closureConfirmed(Self.ref),
    ])
    screen.type("s")
    #expect(screen.overlay == nil)
    #expect(
      screen.message
        == StatusMessage(
          "The board has closed this action: C reopens it before its status can change",
          isError: true))
  }

  @Test(
    "on a scale with no done level, p and C are refused with the reason, and nothing is journalled"
  )
  func noDoneLevel() throws {
    var screen = try MeetingScreen(.confidence)
    for key in ["p", "C"] {
      screen.type(key)
      #expect(screen.overlay == nil, "\(key)")
      #expect(screen.eventsToRecord == [], "\(key)")
      #expect(
        screen.message
          == StatusMessage(
            "This plan's scale (dca) has no done level, so its actions cannot be closed: change the status instead (s)",
            isError: true), "\(key)")
    }
  }

  @Test("not saved: the proposal's note comes back with the reason")
  func notSaved() throws {
    var screen = try MeetingScreen()
    screen.type("pEvidence in the October audit")
    screen.press(.enter)
    screen.failSaving("board-2026-11.jsonl: could not save (Read-only file system)")
    #expect(screen.editorText == "Evidence in the October audit")
    #expect(screen.message?.text == "board-2026-11.jsonl: could not save (Read-only file system)")
    #expect(screen.meeting?.record.item(Self.ref).closure == ItemRecord.Closure.none)
  }
}
