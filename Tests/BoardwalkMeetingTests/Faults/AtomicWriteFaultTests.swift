import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 6: minutes and plans are written through `AtomicFile`: on a full disk or into a
/// read-only folder the write fails naming the file and the cause, and leaves the target as
/// it was, with no temporary file and no backup.
@Suite("atomic writes on a full disk or into a read-only folder")
struct AtomicWriteFaultTests {
  static let minutes = Array(String(repeating: "| a | table |\n", count: 1000).utf8)

  @Test("a new file on a full disk: not created, no temporary file", .needsSmallDisk)
  func newFileOnFullDisk() throws {
    let folder = try ScratchFolder("meeting-atomic-full")
    defer { folder.remove() }
    let disk = try SmallDisk.mount(at: folder.file("disk"))
    defer { disk.unmount() }
    try disk.fill()
    let path = disk.path + "/minutes.md"
    do {
      try AtomicFile.write(Self.minutes, to: path)
      Issue.record("a file was written to a full disk")
    } catch {
      #expect(error.message.contains(path), "\(error.message)")
      #expect(error.message.contains("(No space left on device)"), "\(error.message)")
    }
    #expect(try disk.names() == [])
  }

  @Test(
    "replacing a file, with a backup, on a full disk: the file as it was, no backup, no temporary file",
    .needsSmallDisk)
  func replacementOnFullDisk() throws {
    let folder = try ScratchFolder("meeting-atomic-full")
    defer { folder.remove() }
    let disk = try SmallDisk.mount(at: folder.file("disk"))
    defer { disk.unmount() }
    let path = disk.path + "/plan.json"
    let old = Array("{\"old\": true}\n".utf8)
    try Data(old).write(to: URL(fileURLWithPath: path))
    try disk.fill()
    #expect(throws: FileWriteError.self) {
      try AtomicFile.write(Self.minutes, to: path, backupSuffix: ".bak-1")
    }
    #expect(try disk.names() == ["plan.json"])
    #expect(try FileBytes.read(path) == old)
  }

  @Test(
    "replacing a file in a read-only folder: the file as it was, no backup, no temporary file",
    .enabled(if: ReadOnly.isPossible, "running as root where chattr +i is unavailable"))
  func replacementInReadOnlyFolder() throws {
    let folder = try ScratchFolder("meeting-atomic-readonly")
    defer { folder.remove() }
    let locked = folder.file("locked")
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
    let path = locked + "/plan.json"
    let old = Array("{\"old\": true}\n".utf8)
    try Data(old).write(to: URL(fileURLWithPath: path))
    try ReadOnly.make(locked, folder: true)
    defer { ReadOnly.restore(locked, folder: true) }
    do throws(FileWriteError) {
      try AtomicFile.write(Self.minutes, to: path, backupSuffix: ".bak-1")
      Issue.record("a file in a read-only folder was replaced")
    } catch {
      #expect(error.message.hasPrefix("cannot create a file beside \(path) ("), "\(error.message)")
    }
    ReadOnly.restore(locked, folder: true)
    #expect(try FileManager.default.contentsOfDirectory(atPath: locked) == ["plan.json"])
    #expect(try FileBytes.read(path) == old)
  }
}
