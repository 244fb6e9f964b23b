import BoardwalkMeeting
import Foundation
import Testing

@Suite("minutes read the plans as the meeting saw them, never a silent mix")
struct MeetingPlanFilesTests {
  private func record(_ scene: ApplyScene) throws -> MeetingRecord {
    MeetingRecord(entries: try JournalLines.read(scene.journal))
  }

  @Test("unchanged plan files are read as they are, without a note")
  func unchangedFiles() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    let choice = try MeetingPlanFiles.choose(
      for: try record(scene), journal: scene.journal, candidates: [], allowChanged: false)
    #expect(choice.files == [scene.harbour, scene.moorland])
    #expect(choice.notes.isEmpty)
  }

  @Test("after apply, each written plan is replaced by its backup, and the user is told")
  func appliedFilesUseBackups() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    let report = try scene.apply()
    let choice = try MeetingPlanFiles.choose(
      for: try record(scene), journal: scene.journal, candidates: [], allowChanged: false)
    #expect(choice.files == report.written.map(\.backup))
    #expect(choice.notes.count == 2)
    #expect(choice.notes[0].contains(scene.harbour))
    #expect(choice.notes[0].contains("the version the meeting started from"))
  }

  @Test("a plan edited by hand during the meeting is refused, naming the file and the way out")
  func editedFileIsRefused() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    try scene.folder.write(
      "harbour.json", bytes: try FileBytes.read(scene.harbour) + Array("\n".utf8))
    #expect {
      _ = try MeetingPlanFiles.choose(
        for: try record(scene), journal: scene.journal, candidates: [], allowChanged: false)
    } throws: { error in
      let message = (error as? ApplyError)?.message ?? ""
      return message.contains("\(scene.harbour) changed since the meeting started")
        && message.contains("--use-changed-plans")
    }
  }

  @Test("asked to, the changed file is used, with a warning")
  func editedFileAllowed() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    try scene.folder.write(
      "harbour.json", bytes: try FileBytes.read(scene.harbour) + Array("\n".utf8))
    let choice = try MeetingPlanFiles.choose(
      for: try record(scene), journal: scene.journal, candidates: [], allowChanged: true)
    #expect(choice.files == [scene.harbour, scene.moorland])
    #expect(
      choice.notes == [
        "warning: \(scene.harbour) changed since the meeting started; the minutes use it as it is now"
      ])
  }

  @Test("a backup that is not the meeting's starting version is not trusted")
  func tamperedBackupIsRefused() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    let report = try scene.apply()
    let backup = report.written[0].backup
    try Data((try FileBytes.read(backup)) + Array(" ".utf8)).write(to: URL(fileURLWithPath: backup))
    #expect(throws: ApplyError.self) {
      _ = try MeetingPlanFiles.choose(
        for: try record(scene), journal: scene.journal, candidates: [], allowChanged: false)
    }
  }

  @Test("a journal with no start is refused")
  func noStart() {
    #expect(throws: ApplyError.self) {
      _ = try MeetingPlanFiles.choose(
        for: MeetingRecord(entries: []), journal: "meeting.jsonl", candidates: [],
        allowChanged: false)
    }
  }
}
