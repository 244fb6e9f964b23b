import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 10: what a path holds decides how Boardwalk may write it, once, for every file it
/// writes: a link is written through and stays a link; a pipe or device is written into (the
/// tests use pipes of their own, never the machine's devices, which a regression would
/// replace); a read-only
/// file (by its permissions, even for root) and a folder are refused and left as they were.
@Suite("every write looks first at what is there")
struct WriteTargetTests {
  @Test("a symbolic link is written through: its file gets the bytes, the link stays a link")
  func throughALink() throws {
    let folder = try ScratchFolder("meeting-target")
    defer { folder.remove() }
    let real = try folder.write("shared/plan.json", text: "old\n")
    let link = folder.file("plan.json")
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: "shared/plan.json")
    let written = try AtomicFile.write(Array("new\n".utf8), to: link, backupSuffix: ".bak")
    #expect(written.file.hasSuffix("/shared/plan.json"))
    #expect(written.backup?.hasSuffix("/shared/plan.json.bak") == true)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "shared/plan.json")
    #expect(try FileBytes.read(real) == Array("new\n".utf8))
    #expect(try FileBytes.read(real + ".bak") == Array("old\n".utf8))
    #expect(try folder.names() == ["plan.json", "shared"])
  }

  @Test("a link to nothing is refused, and nothing is created")
  func danglingLink() throws {
    let folder = try ScratchFolder("meeting-target")
    defer { folder.remove() }
    let link = folder.file("minutes.md")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "gone/minutes.md")
    #expect {
      try AtomicFile.write(Array("x".utf8), to: link)
    } throws: { error in
      (error as? FileWriteError)?.message.contains("a symbolic link to a file that does not exist")
        == true
    }
    #expect(try folder.names() == ["minutes.md"])
  }

  @Test(
    "a file whose permissions let nobody write it is refused, even to root, and left as it was",
    arguments: [0o444, 0o440, 0o400, 0o000] as [mode_t])
  func readOnlyFile(_ mode: mode_t) throws {
    let folder = try ScratchFolder("meeting-target")
    defer { folder.remove() }
    let path = try folder.write("plan.json", text: "kept\n")
    chmod(path, mode)
    defer { chmod(path, 0o644) }
    #expect {
      try AtomicFile.write(Array("lost\n".utf8), to: path, backupSuffix: ".bak")
    } throws: { error in
      let message = (error as? FileWriteError)?.message ?? ""
      return message.hasPrefix("\(path) is read-only (")
        && message.contains("make it writable (chmod u+w \(path))")
    }
    chmod(path, 0o644)
    #expect(try FileBytes.read(path) == Array("kept\n".utf8))
    #expect(try folder.names() == ["plan.json"])
  }

  @Test("a pipe is written into as a stream, never replaced")
  func pipe() throws {
    let folder = try ScratchFolder("meeting-target")
    defer { folder.remove() }
    let pipe = try PipeReader(at: folder.file("out.pipe"))
    let written = try AtomicFile.write(Array("through the pipe\n".utf8), to: pipe.path)
    #expect(written.file == pipe.path)
    #expect(written.backup == nil)
    #expect(pipe.text() == "through the pipe\n")
    #expect(pipe.isStillAPipe)
    #expect(try folder.names() == ["out.pipe"])
  }

  @Test("an owner-only file is rw------- whatever it was before")
  func ownerOnly() throws {
    let folder = try ScratchFolder("meeting-target")
    defer { folder.remove() }
    let fresh = folder.file("new.md")
    try AtomicFile.write(Array("x".utf8), to: fresh, access: .ownerOnly)
    let replaced = try folder.write("old.md", text: "y")
    chmod(replaced, 0o664)
    try AtomicFile.write(Array("x".utf8), to: replaced, access: .ownerOnly)
    for path in [fresh, replaced] {
      var status = stat()
      #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o600, "\(path)")
    }
  }

  @Test("output that is an input by another name (a link, ./, a hard link) is refused")
  func outputIsAnInput() throws {
    let folder = try ScratchFolder("meeting-target")
    defer { folder.remove() }
    let journal = try folder.write("meeting.jsonl", text: "{}\n")
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("link.md"), withDestinationPath: "meeting.jsonl")
    try FileManager.default.linkItem(atPath: journal, toPath: folder.file("hard.md"))
    for output in [
      journal, folder.file("link.md"), folder.path + "/./meeting.jsonl", folder.file("hard.md"),
    ] {
      #expect(throws: FileWriteError.self, "\(output)") {
        try FileIdentity.refuseOverwriting(
          output, option: "-o", inputs: [(journal, "the meeting's journal")])
      }
    }
    try FileIdentity.refuseOverwriting(
      folder.file("minutes.md"), option: "-o", inputs: [(journal, "the meeting's journal")])
  }
}
