import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 6 with issue 4's promise that apply is all or nothing: when a plan cannot be
/// written, nothing is; when one plan has been put in place and the next cannot be, the
/// plans already written are put back. Every plan is then as it was, no backup or temporary
/// file is left, the journal does not say the meeting was applied, and apply works once the
/// fault is gone.
@Suite("apply that fails partway puts back what it wrote")
struct ApplyPartFailureTests {
  /// The fixture plans, each in a folder of its own, and a meeting that changes both.
  struct Scene {
    let folder: ScratchFolder
    let harbour: String
    let moorland: String
    let journal: String

    /// `journal` is where the journal goes (in the scene's folder when `nil`).
    init(journal: String? = nil) throws {
      folder = try ScratchFolder("meeting-apply-part")
      harbour = try folder.write("first/harbour.json", bytes: try FixtureFile.bytes("harbour.json"))
      moorland = try folder.write(
        "second/moorland.json", bytes: try FixtureFile.bytes("moorland.json"))
      self.journal = journal ?? folder.file("meeting.jsonl")
      let start = try ApplyScene.start(harbour: harbour, moorland: moorland)
      var text = JournalLines.text([.started(start)] + ApplyScene.changesBoth)
      // Padded with a blank line (which a journal may hold) to fill its last page exactly,
      // so on a full disk not one byte more can be appended.
      let room = (SmallDisk.page - text.utf8.count % SmallDisk.page) % SmallDisk.page
      if room > 0 { text += String(repeating: " ", count: max(0, room - 1)) + "\n" }
      try Data(text.utf8).write(to: URL(fileURLWithPath: self.journal))
    }

    /// Every file under the scene's folder with its bytes (a full disk's filler left out).
    func everything() throws -> [String: Data] {
      try folder.contents().filter { ($0.key as NSString).lastPathComponent != ".filler" }
    }

    func apply() throws(ApplyError) -> PlanApplier.Report {
      try PlanApplier.apply(journalPath: journal, paths: [harbour, moorland], now: ApplyScene.now)
    }
  }

  /// Runs apply expecting a refusal that contains `words`, and checks every file is as it
  /// was: harbour.json (written first) put back, moorland.json and the journal untouched.
  static func expectNothingWritten(
    _ scene: Scene, saying words: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try scene.everything()
    do {
      _ = try scene.apply()
      Issue.record("apply did not fail", sourceLocation: sourceLocation)
    } catch {
      #expect(error.message.contains(words), "\(error.message)", sourceLocation: sourceLocation)
      #expect(
        error.message.contains("nothing was written"), "\(error.message)",
        sourceLocation: sourceLocation)
    }
    let after = try scene.everything()
    #expect(
      after.keys.sorted() == before.keys.sorted(), "files added or removed: \(after.keys.sorted())",
      sourceLocation: sourceLocation)
    for (path, bytes) in before where after[path] != bytes {
      Issue.record("\(path) changed", sourceLocation: sourceLocation)
    }
  }

  @Test(
    "the second plan's folder is read-only: refused before any plan is put in place",
    .enabled(if: ReadOnly.isPossible, "running as root where chattr +i is unavailable"))
  func secondPlanUnwritable() throws {
    let scene = try Scene()
    defer { scene.folder.remove() }
    let locked = scene.folder.file("second")
    try ReadOnly.make(locked, folder: true)
    defer { ReadOnly.restore(locked, folder: true) }
    try Self.expectNothingWritten(scene, saying: "cannot create a file beside \(scene.moorland)")
    ReadOnly.restore(locked, folder: true)
    let report = try scene.apply()
    #expect(report.written.map(\.file) == [scene.harbour, scene.moorland])
  }

  @Test(
    "the journal's disk is full, so apply cannot record what it is about to do: no plan is written",
    .needsSmallDisk)
  func journalCannotRecord() throws {
    let folder = try ScratchFolder("meeting-apply-part-disk")
    defer { folder.remove() }
    let disk = try SmallDisk.mount(at: folder.file("journal"))
    defer { disk.unmount() }
    let journal = disk.path + "/meeting.jsonl"
    let scene = try Scene(journal: journal)
    defer { scene.folder.remove() }
    #expect(try FileBytes.read(journal).count % SmallDisk.page == 0)
    try disk.fill()
    let before = try scene.everything()
    let journalBefore = try FileBytes.read(journal)
    do {
      _ = try scene.apply()
      Issue.record("apply did not fail")
    } catch {
      #expect(error.message.contains("No space left on device"), "\(error.message)")
      #expect(error.message.contains("nothing was written"), "\(error.message)")
    }
    #expect(try scene.everything() == before)
    #expect(try FileBytes.read(journal) == journalBefore)
    disk.free()
    let report = try scene.apply()
    #expect(report.written.count == 2)
  }

  @Test(
    "a backup's name already taken is never written over: both plans' backups take the next free name"
  )
  func backupNameTaken() throws {
    let scene = try Scene()
    defer { scene.folder.remove() }
    // What apply would name moorland.json's backup, already there (someone else's file).
    let stamp = ApplyScene.backupStamp(ApplyScene.now)
    let taken = try scene.folder.write(
      "second/moorland.json.bak-\(stamp)", text: "someone else's file\n")
    let report = try scene.apply()
    #expect(
      report.written.map(\.backup) == [
        scene.harbour + ".bak-\(stamp)-2", scene.moorland + ".bak-\(stamp)-2",
      ])
    #expect(try FileBytes.read(taken) == Array("someone else's file\n".utf8))
    #expect(
      try FileBytes.read(report.written[1].backup) == (try FixtureFile.bytes("moorland.json")))
    let entries = try JournalLines.read(scene.journal)
    #expect(entries.contains { if case .applied = $0.event { true } else { false } })
  }
}
