import BoardwalkCore
import BoardwalkMeeting
import Testing

@Suite("apply keeps a plan file's CR LF line endings and byte order mark")
struct ApplyLineEndingTests {
  static func crlfWithBOM(_ bytes: [UInt8]) -> [UInt8] {
    [0xEF, 0xBB, 0xBF]
      + Array(String(decoding: bytes, as: UTF8.self).replacing("\n", with: "\r\n").utf8)
  }

  @Test("a CR LF plan with a byte order mark is written with both, the backup as it was")
  func crlfWithBOMPlan() throws {
    let scene = try ApplyScene(ApplyScene.changesBoth, harbourBytes: Self.crlfWithBOM)
    defer { scene.folder.remove() }
    let original = try FileBytes.read(scene.harbour)
    let report = try scene.apply()
    let written = try FileBytes.read(scene.harbour)
    #expect(written.prefix(3) == [0xEF, 0xBB, 0xBF])
    let bareLineFeeds = written.indices.filter { written[$0] == 0x0A && written[$0 - 1] != 0x0D }
    #expect(bareLineFeeds.isEmpty)
    #expect(try FileBytes.read(report.written[0].backup) == original)
    let store = try MeetingFixture.loadStore([scene.harbour])
    let h12 = try #require(MeetingOutcome.index(of: ApplyScene.h12, in: store))
    #expect(store.level(ofAction: h12)?.key == "red")
    #expect(try FolderContents.temporaryFiles(in: scene.folder).isEmpty)
  }
}
