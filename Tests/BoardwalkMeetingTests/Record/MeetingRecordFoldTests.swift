import BoardwalkMeeting
import Testing

@Suite("a meeting record is the fold of its journal")
struct MeetingRecordFoldTests {
  static let h11 = ActionRef(plan: "harbour", action: "H1.1")
  static let h12 = ActionRef(plan: "harbour", action: "H1.2")
  static let ap1 = ActionRef(plan: "moorland", action: "AP-1")
  static let start = MeetingStart(
    plans: [PlanFingerprint(plan: "harbour", file: "harbour.json", sha256: "aa")],
    agenda: "status:red,amber", today: "2026-11-22")

  static func record(_ events: [MeetingEvent]) -> MeetingRecord {
    MeetingRecord(entries: JournalLines.entries(events))
  }

  @Test("started gives the meeting's start; an empty journal has none")
  func started() {
    #expect(MeetingRecord(entries: []).start == nil)
    #expect(Self.record([.started(Self.start)]).start == Self.start)
    #expect(Self.record([.started(Self.start)]).lastSequence == 1)
  }

  @Test("details change only the fields given, later values replacing earlier ones")
  func details() {
    let record = Self.record([
      .started(Self.start),
      .details(
        MeetingDetailsChange(
          title: "Board", date: "2026-11-22", chair: "Cllr Patel", present: ["A", "B"],
          apologies: ["C"], declarations: ["D: governor"], previousMeeting: "2026-09-20",
          nextMeeting: "2027-01-24")),
      .details(MeetingDetailsChange(chair: "Dr Okafor", present: ["A", "B", "E"])),
    ])
    var expected = MeetingDetails()
    expected.title = "Board"
    expected.date = "2026-11-22"
    expected.chair = "Dr Okafor"
    expected.present = ["A", "B", "E"]
    expected.apologies = ["C"]
    expected.declarations = ["D: governor"]
    expected.previousMeeting = "2026-09-20"
    expected.nextMeeting = "2027-01-24"
    #expect(record.details == expected)
  }

  @Test("moving sets the position but records nothing about the action")
  func moved() {
    let record = Self.record([.started(Self.start), .moved(Self.h11), .moved(Self.h12)])
    #expect(record.position == Self.h12)
    #expect(record.discussed.isEmpty)
    #expect(record.items.isEmpty)
  }

  @Test("notes and decisions are kept in order with their sequence numbers")
  func notesAndDecisions() {
    let record = Self.record([
      .started(Self.start), .note(Self.h11, text: "first"), .decision(Self.h11, text: "decided"),
      .note(Self.h11, text: "second"),
    ])
    let item = record.item(Self.h11)
    #expect(item.entries.map(\.sequence) == [2, 3, 4])
    #expect(item.entries.map(\.kind) == [.note("first"), .decision("decided"), .note("second")])
    #expect(item.entries.allSatisfy { !$0.isStruck })
    #expect(record.discussed == [Self.h11])
  }

  @Test("the new status is the last status change not struck out")
  func status() {
    let record = Self.record([
      .started(Self.start),
      .statusChanged(Self.h11, from: "red", to: "amber", reason: "locums"),
      .statusChanged(Self.h11, from: "amber", to: "green", reason: "fixed"),
    ])
    #expect(record.item(Self.h11).newStatus == "green")
    #expect(
      record.item(Self.h11).entries.map(\.kind) == [
        .statusChanged(from: "red", to: "amber", reason: "locums"),
        .statusChanged(from: "amber", to: "green", reason: "fixed"),
      ])
    let struck = MeetingRecord(
      entries: JournalLines.entries([
        .started(Self.start),
        .statusChanged(Self.h11, from: "red", to: "amber", reason: "locums"),
        .statusChanged(Self.h11, from: "amber", to: "green", reason: "a slip"),
        .struck(sequence: 3),
      ]))
    #expect(struck.item(Self.h11).newStatus == "amber")
    #expect(
      Self.record([.started(Self.start), .note(Self.h11, text: "x")]).item(Self.h11).newStatus
        == nil)
  }

  @Test("closure: proposed, withdrawn, proposed again and confirmed")
  func closures() {
    var events: [MeetingEvent] = [.started(Self.start)]
    #expect(Self.record(events).item(Self.h11).closure == .none)
    events.append(.closureProposed(Self.h11, note: "Target met."))
    #expect(Self.record(events).item(Self.h11).closure == .proposed)
    events.append(.closureWithdrawn(Self.h11))
    #expect(Self.record(events).item(Self.h11).closure == .none)
    events.append(.closureProposed(Self.h11, note: ""))
    events.append(.closureConfirmed(Self.h11))
    let record = Self.record(events)
    #expect(record.item(Self.h11).closure == .confirmed)
    #expect(
      record.item(Self.h11).entries.map(\.kind) == [
        .closureProposed("Target met."), .closureWithdrawn, .closureProposed(""), .closureConfirmed,
      ])
  }

  @Test("marking confidential, and unmarking, is remembered per action and counts as discussed")
  func confidential() {
    let marked = Self.record([.started(Self.start), .confidential(Self.h12, true)])
    #expect(marked.item(Self.h12).confidential == true)
    #expect(marked.isMarkedConfidential(Self.h12))
    #expect(!marked.isMarkedConfidential(Self.h11))
    #expect(marked.item(Self.h11).confidential == nil)
    #expect(marked.discussed == [Self.h12])
    let unmarked = Self.record([
      .started(Self.start), .confidential(Self.h12, true), .confidential(Self.h12, false),
    ])
    #expect(unmarked.item(Self.h12).confidential == false)
    #expect(!unmarked.isMarkedConfidential(Self.h12))
  }

  @Test("raised actions are kept in order; one raised in confidence is marked confidential")
  func raised() {
    let open = RaisedAction(
      ref: ActionRef(plan: "harbour", action: "H1.4"), area: "H1", title: "Audit", owners: ["QA"],
      due: "2027-02")
    let secret = RaisedAction(
      ref: ActionRef(plan: "moorland", action: "AP-3"), area: "O1", title: "Review contract",
      owners: [], due: nil, isConfidential: true)
    let record = Self.record([.started(Self.start), .actionRaised(open), .actionRaised(secret)])
    #expect(record.raised == [open, secret])
    #expect(record.discussed == [open.ref, secret.ref])
    #expect(!record.isMarkedConfidential(open.ref))
    #expect(record.isMarkedConfidential(secret.ref))
  }

  @Test("struck strikes out exactly the entry it names, on whichever action holds it")
  func struck() {
    let record = Self.record([
      .started(Self.start), .note(Self.h11, text: "keep"), .note(Self.h12, text: "mistake"),
      .decision(Self.h11, text: "keep too"), .struck(sequence: 3),
    ])
    #expect(record.item(Self.h12).entries.map(\.isStruck) == [true])
    #expect(record.item(Self.h12).liveEntries.isEmpty)
    #expect(record.item(Self.h11).entries.map(\.isStruck) == [false, false])
    #expect(record.item(Self.h11).liveEntries.map(\.sequence) == [2, 4])
    #expect(record.lastSequence == 5)
  }

  @Test("the actions discussed are in the order something was first recorded about them")
  func discussedOrder() {
    let record = Self.record([
      .started(Self.start), .moved(Self.h12), .note(Self.ap1, text: "a"),
      .statusChanged(Self.h11, from: nil, to: "red", reason: ""), .note(Self.ap1, text: "b"),
      .closureProposed(Self.h12, note: ""),
    ])
    #expect(record.discussed == [Self.ap1, Self.h11, Self.h12])
  }

  @Test("applied records the fingerprints apply wrote")
  func applied() {
    let prints = [PlanFingerprint(plan: "harbour", file: "harbour.json", sha256: "bb")]
    #expect(Self.record([.started(Self.start)]).applied == nil)
    #expect(Self.record([.started(Self.start), .applied(prints)]).applied == prints)
  }
}
