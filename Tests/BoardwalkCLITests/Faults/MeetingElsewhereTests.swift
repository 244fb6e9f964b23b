import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 10: a journal names its plans from its own folder, so `minutes` and `apply` run
/// from any folder read and write the meeting's own files, never a same-named copy in the
/// folder they run in.
@Suite("minutes and apply run from another folder")
struct MeetingElsewhereTests {
  /// A board folder with the meeting (journal and plans, the journal naming them as
  /// `plans/alpha.json` from its own folder), and another folder holding copies of the plans.
  struct Scene {
    let folder: ScratchFolder
    let meeting: FaultMeeting
    let elsewhere: URL

    init() throws {
      folder = try ScratchFolder("cli-elsewhere")
      meeting = try FaultMeeting(in: folder, plans: "board/plans", journalFolder: "board")
      // As `meet` records them: from the journal's folder.
      var text = try String(contentsOfFile: meeting.journal, encoding: .utf8)
      text = text.replacingOccurrences(of: folder.file("board/"), with: "")
      try text.write(toFile: meeting.journal, atomically: false, encoding: .utf8)
      try FileManager.default.createDirectory(
        atPath: folder.file("copies/plans"), withIntermediateDirectories: true)
      for plan in ["alpha.json", "beta.json"] {
        try FileManager.default.copyItem(
          atPath: folder.file("board/plans/" + plan), toPath: folder.file("copies/plans/" + plan))
      }
      elsewhere = URL(fileURLWithPath: folder.file("copies"))
    }

    func run(_ arguments: [String]) throws -> CommandResult {
      try CommandRunner.run(
        Array(arguments.prefix(1)) + ["--journal", meeting.journal] + arguments.dropFirst(),
        in: elsewhere)
    }
  }

  @Test("apply from a folder holding copies writes the meeting's files and leaves the copies")
  func applyElsewhere() throws {
    let scene = try Scene()
    defer { scene.folder.remove() }
    let copies = try scene.folder.contents(of: scene.folder.file("copies"))
    let result = try scene.run(["apply"])
    #expect(result.status == 0, "\(result)")
    #expect(result.output.contains("written \(scene.folder.file("board/plans/alpha.json"))"))
    #expect(try scene.folder.contents(of: scene.folder.file("copies")) == copies)
    #expect(
      try scene.folder.bytes("board/plans/alpha.json")
        != Array(copies["plans/alpha.json"] ?? Data()))
  }

  @Test("apply given the copies by name refuses them: they are not the meeting's files")
  func applyToCopiesRefused() throws {
    let scene = try Scene()
    defer { scene.folder.remove() }
    let before = try scene.folder.contents()
    let result = try scene.run(["apply", "plans/alpha.json", "plans/beta.json"])
    #expect(result.status == 1, "\(result)")
    #expect(
      result.errorOutput.contains(
        "plans/alpha.json is not the file the meeting started with (\(scene.folder.file("board/plans/alpha.json")))"
      ), "\(result)")
    #expect(try scene.folder.contents() == before)
  }

  @Test("minutes from another folder read the meeting's files")
  func minutesElsewhere() throws {
    let scene = try Scene()
    defer { scene.folder.remove() }
    // The copy here differs: minutes must not read it.
    try scene.folder.write("copies/plans/alpha.json", text: "not a plan\n")
    let result = try scene.run(["minutes"])
    #expect(result.status == 0, "\(result)")
    #expect(result.output.contains("Public note on waiting times"))
  }
}
