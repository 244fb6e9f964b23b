import BoardwalkMeeting
import Testing

@Suite("a lead's return folded per action")
struct ReturnRecordTests {
  static let one = ActionRef(plan: "harbour", action: "H1.1")
  static let two = ActionRef(plan: "harbour", action: "H1.2")
  static let start = ReturnStart(lead: "Head of SEND", cycle: "2026-11", plans: [])

  /// The record of these events, entry N written at minute N.
  static func record(_ events: [MeetingEvent]) -> ReturnRecord {
    ReturnRecord(
      entries: events.enumerated().map { index, event in
        JournalEntry(
          sequence: index + 1, time: "2026-11-14T09:\(String(format: "%02d", index + 1)):00Z",
          event: event)
      })
  }

  @Test("the latest progress note, status and due proposed, with their reasons and times")
  func latest() {
    let record = Self.record([
      .returnStarted(Self.start),
      .progress(Self.one, text: "first"),
      .proposedStatus(Self.one, to: "amber", reason: "slow"),
      .progress(Self.one, text: "second"),
      .proposedStatus(Self.one, to: "green", reason: "funded"),
      .proposedDue(Self.two, due: "2027-02", reason: "contractor late"),
    ])
    #expect(record.start == Self.start)
    #expect(record.actions == [Self.one, Self.two])
    let item = record.item(Self.one)
    #expect(item.progress?.value == "second")
    #expect(item.progress?.time == "2026-11-14T09:04:00Z")
    #expect(item.proposedStatus?.value.value == "green")
    #expect(item.proposedStatus?.value.reason == "funded")
    #expect(item.proposedStatus?.time == "2026-11-14T09:05:00Z")
    #expect(item.proposedDue == nil)
    #expect(record.item(Self.two).proposedDue?.value.value == "2027-02")
    #expect(record.item(Self.two).latest?.kind == .due("2027-02", reason: "contractor late"))
    #expect(record.lastSequence == 6)
  }

  @Test("evidence and milestones accumulate, oldest first")
  func accumulate() {
    let record = Self.record([
      .returnStarted(Self.start),
      .evidence(Self.one, text: "a.pdf"),
      .milestoneDone(Self.one, milestone: .number(1)),
      .evidence(Self.one, text: "b.pdf"),
      .milestoneDone(Self.one, milestone: .due("2026-12")),
    ])
    let item = record.item(Self.one)
    #expect(item.evidence.map(\.value) == ["a.pdf", "b.pdf"])
    #expect(item.milestones.map(\.value) == [.number(1), .due("2026-12")])
  }

  @Test("an entry struck out no longer counts, and what it replaced counts again")
  func struck() {
    let record = Self.record([
      .returnStarted(Self.start),
      .proposedStatus(Self.one, to: "amber", reason: "slow"),
      .proposedStatus(Self.one, to: "green", reason: "oops"),
      .struck(sequence: 3),
      .progress(Self.two, text: "wrong action"),
      .struck(sequence: 5),
    ])
    #expect(record.item(Self.one).proposedStatus?.value.value == "amber")
    #expect(record.item(Self.one).entries.count == 2)
    #expect(record.item(Self.one).current.count == 1)
    #expect(record.hasUpdate(Self.one))
    #expect(!record.hasUpdate(Self.two), "its only entry was struck out")
    #expect(record.item(Self.two).progress == nil)
  }

  @Test("an action the return never mentions has no update")
  func untouched() {
    let record = Self.record([.returnStarted(Self.start)])
    #expect(!record.hasUpdate(Self.one))
    #expect(record.item(Self.one).entries.isEmpty)
    #expect(record.actions.isEmpty)
  }
}

@Suite("return files: cycles and names")
struct ReturnFilesTests {
  @Test(
    "a lead's name makes a safe file name",
    arguments: [
      ("Head of SEND", "head-of-send"),
      ("Zoë Hampton, Head of Commissioning", "zoe-hampton-head-of-commissioning"),
      ("Director of Children's Services", "director-of-children-s-services"),
      ("../../etc/passwd", "etc-passwd"),
      ("  --  ", "lead"),
      ("SENCO/Lead", "senco-lead"),
    ])
  func slug(_ name: String, _ expected: String) {
    #expect(ReturnFiles.slug(name) == expected)
  }

  @Test("the path is FOLDER/CYCLE/SLUG.jsonl")
  func path() throws {
    let cycle = try #require(ReturnCycle("2026-11"))
    #expect(
      ReturnFiles.path(folder: "returns", cycle: cycle, lead: "Head of SEND")
        == "returns/2026-11/head-of-send.jsonl")
    #expect(
      ReturnFiles.path(folder: "/board/returns/", cycle: cycle, lead: "Head of SEND")
        == "/board/returns/2026-11/head-of-send.jsonl")
  }

  @Test("a cycle is a month written YYYY-MM", arguments: ["2026-11", "1999-01"])
  func cycle(_ text: String) {
    #expect(ReturnCycle(text)?.description == text)
  }

  @Test(
    "anything else is not a cycle",
    arguments: ["2026-13", "2026-1", "2026-11-01", "26-11", "", "2026-00", "２０２６-11"])
  func notACycle(_ text: String) {
    #expect(ReturnCycle(text) == nil)
  }
}
