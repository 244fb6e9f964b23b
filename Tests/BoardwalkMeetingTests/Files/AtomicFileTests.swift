import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

@Suite("atomic writes: the old contents or the new, never a mix, and no litter")
struct AtomicFileTests {
  @Test("a new file is written whole, leaving no temporary file")
  func newFile() throws {
    let folder = try ScratchFolder("meeting-atomic")
    defer { folder.remove() }
    try AtomicFile.write(Array("hello\n".utf8), to: folder.file("out.md"))
    #expect(try folder.names() == ["out.md"])
    #expect(try folder.bytes("out.md") == Array("hello\n".utf8))
  }

  @Test("replacing a file keeps the old bytes in the backup")
  func backup() throws {
    let folder = try ScratchFolder("meeting-atomic")
    defer { folder.remove() }
    let path = try folder.write("plan.json", text: "old\n")
    try AtomicFile.write(Array("new\n".utf8), to: path, backupSuffix: ".bak")
    #expect(try folder.names() == ["plan.json", "plan.json.bak"])
    #expect(try folder.bytes("plan.json") == Array("new\n".utf8))
    #expect(try folder.bytes("plan.json.bak") == Array("old\n".utf8))
  }

  @Test("an empty file can be written")
  func emptyFile() throws {
    let folder = try ScratchFolder("meeting-atomic")
    defer { folder.remove() }
    try AtomicFile.write([], to: folder.file("empty"))
    #expect(try folder.bytes("empty").isEmpty)
  }

  @Test("a file in a folder that does not exist is an error naming it, leaving nothing behind")
  func missingFolder() throws {
    let folder = try ScratchFolder("meeting-atomic")
    defer { folder.remove() }
    let path = folder.file("missing/out.md")
    do {
      try AtomicFile.write(Array("x".utf8), to: path)
      Issue.record("a file was written into a folder that does not exist")
    } catch {
      #expect(error.message.contains(path), "\(error.message)")
    }
    #expect(try folder.names().isEmpty)
  }

  @Test("replacing a folder with a file fails, leaving the folder and no temporary file")
  func targetIsAFolder() throws {
    let folder = try ScratchFolder("meeting-atomic")
    defer { folder.remove() }
    let path = folder.file("taken")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    #expect(throws: FileWriteError.self) { try AtomicFile.write(Array("x".utf8), to: path) }
    #expect(try folder.names() == ["taken"])
    #expect(try FolderContents.temporaryFiles(in: folder).isEmpty)
  }
}
