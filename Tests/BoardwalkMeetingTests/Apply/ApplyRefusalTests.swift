import BoardwalkMeeting
import Foundation
import Testing

@Suite("apply is all or nothing: when it refuses, not one byte is written")
struct ApplyRefusalTests {
  /// Runs `apply` expecting a refusal whose message contains `words`, and checks the folder
  /// (plans, journal) is byte for byte as it was, with no backup and no temporary file.
  static func expectRefusal(
    _ scene: ApplyScene, paths: [String]? = nil, saying words: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try FolderContents(of: scene.folder)
    do {
      _ = try scene.apply(paths)
      Issue.record("apply did not refuse", sourceLocation: sourceLocation)
    } catch {
      #expect(error.message.contains(words), "\(error.message)", sourceLocation: sourceLocation)
      #expect(
        error.message.contains("nothing was written"), "\(error.message)",
        sourceLocation: sourceLocation)
    }
    #expect(try FolderContents(of: scene.folder) == before, sourceLocation: sourceLocation)
    #expect(
      try FolderContents.temporaryFiles(in: scene.folder).isEmpty, sourceLocation: sourceLocation)
    #expect(
      try !scene.folder.names().contains { $0.contains(".bak-") }, sourceLocation: sourceLocation)
  }

  @Test(
    "one byte of one of the two plans changed since the meeting started",
    arguments: ["harbour.json", "moorland.json"])
  func planChanged(_ name: String) throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    var bytes = try scene.folder.bytes(name)
    let title = try #require(bytes.firstIndex(of: UInt8(ascii: "(")))
    bytes[title] = UInt8(ascii: "[")
    try scene.folder.write(name, bytes: bytes)
    try Self.expectRefusal(
      scene, saying: "\(scene.folder.file(name)) changed since the meeting started")
  }

  @Test("a plan the meeting changed is not among the files given")
  func changedPlanMissing() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    try Self.expectRefusal(
      scene, paths: [scene.harbour],
      saying:
        "plan moorland (\(scene.moorland), the file the meeting started with) has changes but is not among the files given"
    )
  }

  @Test("a status the plan's scale does not have would make an invalid plan")
  func invalidStatus() throws {
    let scene = try ApplyScene([
      .note(ApplyScene.in1, text: "fine"),
      .statusChanged(ApplyScene.h12, from: "amber", to: "purple", reason: "typo"),
    ])
    defer { scene.folder.remove() }
    try Self.expectRefusal(scene, saying: "\(scene.harbour): the result would not be a valid plan")
  }

  @Test("a raised action whose id the plan already uses would make an invalid plan")
  func duplicateRaisedID() throws {
    let scene = try ApplyScene([
      .note(ApplyScene.h12, text: "fine"),
      .actionRaised(
        RaisedAction(
          ref: ActionRef(plan: "moorland", action: "AP-1"), area: "O1", title: "Again", owners: [],
          due: nil)),
    ])
    defer { scene.folder.remove() }
    try Self.expectRefusal(scene, saying: "\(scene.moorland): the result would not be a valid plan")
  }

  @Test("a raised action under an area the plan does not have would make an invalid plan")
  func unknownArea() throws {
    let scene = try ApplyScene([
      .actionRaised(
        RaisedAction(
          ref: ActionRef(plan: "harbour", action: "Z9"), area: "NOPE", title: "Lost", owners: [],
          due: nil))
    ])
    defer { scene.folder.remove() }
    try Self.expectRefusal(scene, saying: "\(scene.harbour): the result would not be a valid plan")
  }

  @Test("a plan file that no longer loads is refused")
  func planBroken() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    try scene.folder.write("moorland.json", text: "{ \"format\": \"boardwalk-plan/1\" ")
    try Self.expectRefusal(scene, saying: "\(scene.moorland): the plan has errors")
  }

  @Test("a journal with no meeting in it is refused")
  func noMeeting() throws {
    let scene = try ApplyScene([])
    defer { scene.folder.remove() }
    try scene.folder.write("meeting.jsonl", bytes: [])
    let before = try FolderContents(of: scene.folder)
    #expect(throws: ApplyError("\(scene.journal): no meeting has started in this journal")) {
      try scene.apply()
    }
    #expect(try FolderContents(of: scene.folder) == before)
  }

  @Test("a journal that does not exist is refused, and not created")
  func noJournal() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth)
    defer { scene.folder.remove() }
    try FileManager.default.removeItem(atPath: scene.journal)
    let before = try FolderContents(of: scene.folder)
    #expect(throws: ApplyError.self) { try scene.apply() }
    #expect(try FolderContents(of: scene.folder) == before)
  }
}
