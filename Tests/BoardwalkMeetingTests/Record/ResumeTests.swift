import BoardwalkMeeting
import BoardwalkTestSupport
import Testing

@Suite("resuming a meeting restores exactly where it was")
struct ResumeTests {
  static let h11 = ActionRef(plan: "harbour", action: "H1.1")
  static let h12 = ActionRef(plan: "harbour", action: "H1.2")

  static let meeting: [MeetingEvent] = [
    .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")),
    .details(
      MeetingDetailsChange(title: "Board", chair: "Cllr Patel", previousMeeting: "2026-09-20")),
    .moved(h11), .note(h11, text: "Backlog at 95."), .decision(h11, text: "Fund locums."),
    .statusChanged(h11, from: "red", to: "amber", reason: "Locums in post"),
    .moved(h12), .note(h12, text: "typo"), .struck(sequence: 8), .confidential(h12, true),
    .closureProposed(h12, note: "Done."), .closureConfirmed(h12),
    .actionRaised(
      RaisedAction(
        ref: ActionRef(plan: "harbour", action: "H1.4"), area: "H1", title: "Audit",
        owners: ["QA"], due: "2027-02", isConfidential: true)),
    .moved(h11),
  ]

  @Test("folding the same entries twice gives equal records")
  func replayIsDeterministic() {
    let entries = JournalLines.entries(Self.meeting)
    #expect(MeetingRecord(entries: entries) == MeetingRecord(entries: entries))
  }

  @Test("a record kept up entry by entry equals the record of the journal reopened")
  func resumeFromDisk() throws {
    let folder = try ScratchFolder("meeting-resume")
    defer { folder.remove() }
    let path = folder.file("meeting.jsonl")
    var live = MeetingRecord()
    do {
      let journal = try JournalFile(path: path)
      for event in Self.meeting { live.apply(try journal.append(event)) }
    }
    let resumed = MeetingRecord(entries: try JournalLines.read(path))
    #expect(resumed == live)
    #expect(resumed.position == Self.h11)
    #expect(resumed.lastSequence == Self.meeting.count)
    #expect(resumed.item(Self.h12).liveEntries.count == 2)
  }

  @Test("stopping after any entry and resuming gives the record as it stood then")
  func resumeAtEveryPoint() throws {
    let folder = try ScratchFolder("meeting-resume")
    defer { folder.remove() }
    let entries = JournalLines.entries(Self.meeting)
    var live = MeetingRecord()
    for (index, entry) in entries.enumerated() {
      live.apply(entry)
      let path = try folder.write(
        "meeting-\(index).jsonl", text: entries.prefix(index + 1).map { $0.line + "\n" }.joined())
      #expect(
        MeetingRecord(entries: try JournalLines.read(path)) == live, "after \(index + 1)")
    }
  }
}
