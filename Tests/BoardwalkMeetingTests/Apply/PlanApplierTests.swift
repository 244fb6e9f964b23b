import BoardwalkCore
import BoardwalkMeeting
import Foundation
import Testing

@Suite("apply writes the meeting into the plan files, with backups, once")
struct PlanApplierTests {
  /// harbour.json as the meeting that changes both plans leaves it: H1.2's status and a
  /// new update after its last one.
  static func expectedHarbour() throws -> [UInt8] {
    var text = String(decoding: try FixtureFile.bytes("harbour.json"), as: UTF8.self)
    text = try PatchablePlan.replacing(
      "\"due\": \"2027-03\",\n      \"status\": \"amber\",",
      with: "\"due\": \"2027-03\",\n      \"status\": \"red\",", in: text)
    let last = #"{ "date": "2026-09-01", "status": "amber", "text": "Procurement delayed." }"#
    text = try PatchablePlan.replacing(
      last,
      with: last
        + ",\n        {\"date\": \"2026-11-22\", \"status\": \"red\", \"text\": \"Board meeting 2026-11-22: Status changed from Amber to Red: No provider.\"}",
      in: text)
    return Array(text.utf8)
  }

  /// moorland.json with an updates array, holding the note, at the start of IN-1.
  static func expectedMoorland() throws -> [UInt8] {
    let text = try PatchablePlan.replacing(
      "{\n      \"id\": \"IN-1\",",
      with:
        "{\n      \"updates\": [{\"date\": \"2026-11-22\", \"text\": \"Board meeting 2026-11-22: Charter drafted.\"}],\n      \"id\": \"IN-1\",",
      in: String(decoding: try FixtureFile.bytes("moorland.json"), as: UTF8.self))
    return Array(text.utf8)
  }

  @Test("both plans are written as patched, each beside a backup of what it was")
  func writesWithBackups() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    let report = try scene.apply()
    #expect(try FileBytes.read(scene.harbour) == (try Self.expectedHarbour()))
    #expect(try FileBytes.read(scene.moorland) == (try Self.expectedMoorland()))
    #expect(report.written.map(\.file) == [scene.harbour, scene.moorland])
    #expect(report.unchanged.isEmpty)
    for (file, backup) in report.written {
      #expect(backup.hasPrefix(file + ".bak-"))
      #expect(backup.dropFirst(file.count + 5).wholeMatch(of: /\d{8}-\d{6}/) != nil, "\(backup)")
    }
    #expect(try FileBytes.read(report.written[0].backup) == (try FixtureFile.bytes("harbour.json")))
    #expect(
      try FileBytes.read(report.written[1].backup) == (try FixtureFile.bytes("moorland.json")))
    #expect(try FolderContents.temporaryFiles(in: scene.folder).isEmpty)
  }

  @Test("the written plans load, with the board's new status")
  func resultLoads() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    _ = try scene.apply()
    let store = try MeetingFixture.loadStore([scene.harbour, scene.moorland])
    let h12 = try #require(MeetingOutcome.index(of: ApplyScene.h12, in: store))
    #expect(store.level(ofAction: h12)?.key == "red")
    #expect(
      store.actions[h12].updates.last?.text
        == "Board meeting 2026-11-22: Status changed from Amber to Red: No provider.")
  }

  @Test(
    "two meetings applied to one plan in the same second: the second backup takes the next free name"
  )
  func backupsInOneSecond() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    let first = try scene.apply()
    // The next meeting starts from the plans as the first left them, and is applied at once.
    let next = scene.folder.file("next.jsonl")
    try scene.folder.write(
      "next.jsonl",
      text: JournalLines.text([
        .started(try ApplyScene.start(harbour: scene.harbour, moorland: scene.moorland)),
        .statusChanged(ApplyScene.h12, from: "red", to: "amber", reason: "Provider found."),
      ]))
    let second = try PlanApplier.apply(
      journalPath: next, paths: [scene.harbour, scene.moorland], now: ApplyScene.now)
    let stamp = ApplyScene.backupStamp(ApplyScene.now)
    #expect(
      first.written.map(\.backup) == [
        scene.harbour + ".bak-" + stamp, scene.moorland + ".bak-" + stamp,
      ])
    #expect(second.written.map(\.backup) == [scene.harbour + ".bak-" + stamp + "-2"])
    // Each backup holds what its apply replaced.
    #expect(try FileBytes.read(first.written[0].backup) == (try FixtureFile.bytes("harbour.json")))
    #expect(try FileBytes.read(second.written[0].backup) == (try Self.expectedHarbour()))
  }

  @Test("a due date the board moved is in the plan after apply, with the update saying so")
  func dueMoved() throws {
    let scene = try ApplyScene([
      .decision(ApplyScene.h12, text: "Accepted: the lead's return: due Mar 2027 → Jun 2027"),
      .dueChanged(ApplyScene.h12, from: "2027-03", to: "2027-06", reason: "Contractor late"),
    ])
    defer { scene.folder.remove() }
    _ = try scene.apply([scene.harbour])
    let store = try MeetingFixture.loadStore([scene.harbour])
    let h12 = try #require(MeetingOutcome.index(of: ApplyScene.h12, in: store))
    #expect(store.actions[h12].due?.written == "2027-06")
    #expect(store.level(ofAction: h12)?.key == "amber")
    #expect(
      store.actions[h12].updates.last?.text
        == "Board meeting 2026-11-22: Decision: Accepted: the lead's return: due Mar 2027 → Jun 2027. Due date moved from Mar 2027 to Jun 2027: Contractor late."
    )
  }

  @Test(
    "the journal records what apply is about to put in place, then an applied entry with the files' new fingerprints and backups, named from the journal's folder"
  )
  func journalRecordsApplied() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    let report = try scene.apply()
    let entries = try JournalLines.read(scene.journal)
    #expect(entries.count == 5)
    let backups = report.written.map { ($0.backup as NSString).lastPathComponent }
    #expect(backups.allSatisfy { $0.contains(".json.bak-") }, "\(backups)")
    let harbourAfter = SHA256.hex(of: try Self.expectedHarbour())
    let moorlandAfter = SHA256.hex(of: try Self.expectedMoorland())
    #expect(
      entries[3].event
        == .applying([
          PlanWrite(
            plan: "harbour", file: "harbour.json",
            before: SHA256.hex(of: try FixtureFile.bytes("harbour.json")), after: harbourAfter,
            backup: backups[0], temporary: ".harbour.json.boardwalk-\(getpid()).tmp"),
          PlanWrite(
            plan: "moorland", file: "moorland.json",
            before: SHA256.hex(of: try FixtureFile.bytes("moorland.json")), after: moorlandAfter,
            backup: backups[1], temporary: ".moorland.json.boardwalk-\(getpid()).tmp"),
        ]))
    #expect(
      entries[4].event
        == .applied([
          PlanFingerprint(
            plan: "harbour", file: scene.harbour, sha256: harbourAfter, backup: backups[0]),
          PlanFingerprint(
            plan: "moorland", file: scene.moorland, sha256: moorlandAfter, backup: backups[1]),
        ]))
  }

  @Test("a plan the meeting did not change is left alone, without a backup")
  func unchangedPlan() throws {
    let scene = try ApplyScene([ApplyScene.changesBoth[0]])
    defer { scene.folder.remove() }
    let report = try scene.apply()
    #expect(report.written.map(\.file) == [scene.harbour])
    #expect(report.unchanged == [scene.moorland])
    #expect(try FileBytes.read(scene.moorland) == (try FixtureFile.bytes("moorland.json")))
    #expect(try scene.folder.names().filter { $0.hasPrefix("moorland.json.bak") }.isEmpty)
    let applied = try JournalLines.read(scene.journal).last?.event
    #expect(
      applied
        == .applied([
          PlanFingerprint(
            plan: "harbour", file: scene.harbour,
            sha256: SHA256.hex(of: try Self.expectedHarbour()),
            backup: (report.written[0].backup as NSString).lastPathComponent),
          PlanFingerprint(
            plan: "moorland", file: scene.moorland,
            sha256: SHA256.hex(of: try FixtureFile.bytes("moorland.json")), backup: nil),
        ]))
  }

  @Test("a meeting that changed nothing writes nothing, journals nothing, and can be applied later")
  func nothingChanged() throws {
    let scene = try ApplyScene([.moved(ApplyScene.h12)])
    defer { scene.folder.remove() }
    let before = try FolderContents(of: scene.folder)
    let report = try scene.apply()
    #expect(report.written.isEmpty)
    #expect(report.unchanged == [scene.harbour, scene.moorland])
    #expect(try FolderContents(of: scene.folder) == before)
    #expect(try JournalLines.read(scene.journal).count == 2)
  }

  @Test("a second apply refuses and writes nothing")
  func secondApplyRefuses() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    _ = try scene.apply()
    let before = try FolderContents(of: scene.folder)
    #expect(
      throws: ApplyError(
        "\(scene.journal): this meeting was already applied to the plans; nothing was written")
    ) { try scene.apply() }
    #expect(try FolderContents(of: scene.folder) == before)
  }

  @Test("the fixture meeting applies to both plans, and its confidential new action is marked so")
  func fixtureMeeting() throws {
    let record = try MeetingFixture.record()
    let events = try JournalContents.parse(try FixtureFile.bytes("meeting.jsonl"), file: "m")
      .entries.dropFirst().map(\.event)
    let scene = try ApplyScene(Array(events))
    defer { scene.folder.remove() }
    _ = try scene.apply()
    let store = try MeetingFixture.loadStore([scene.harbour, scene.moorland])
    #expect(
      store.actions.map(\.id) == [
        "H1.1", "H1.2", "H1.3", "H2.1", "H2.2", "HI1.1", "H1.4", "AP-1", "AP-2", "CF-1", "IN-1",
        "AP-3",
      ])
    let ap3 = try #require(
      MeetingOutcome.index(of: ActionRef(plan: "moorland", action: "AP-3"), in: store))
    #expect(store.actions[ap3].isConfidential)
    let cf1 = try #require(
      MeetingOutcome.index(of: ActionRef(plan: "moorland", action: "CF-1"), in: store))
    #expect(store.isDone(action: cf1))
    let ap1 = try #require(
      MeetingOutcome.index(of: ActionRef(plan: "moorland", action: "AP-1"), in: store))
    #expect(store.actions[ap1].isConfidential)
    #expect(record.raised.count == 2)
  }
}
