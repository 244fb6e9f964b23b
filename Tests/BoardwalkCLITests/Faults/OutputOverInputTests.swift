import BoardwalkTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 10: `minutes -o` could overwrite the journal or a plan of the meeting; `apply` and
/// `minutes -o` replaced read-only files and turned links into plain files. Output never
/// replaces an input, a read-only file (by its permissions, even for root) or a folder; a
/// link is written through; a device is written into.
@Suite("minutes -o and apply never destroy what they were not asked to write")
struct OutputOverInputTests {
  static func expectRefused(
    _ meeting: FaultMeeting, _ arguments: [String], saying words: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try meeting.folder.contents()
    let result = try meeting.run(arguments)
    #expect(result.status == 1, "\(result)", sourceLocation: sourceLocation)
    #expect(result.errorOutput.contains(words), "\(result)", sourceLocation: sourceLocation)
    #expect(try meeting.folder.contents() == before, sourceLocation: sourceLocation)
    #expect(try meeting.folder.leftovers() == [], sourceLocation: sourceLocation)
  }

  @Test("minutes -o the journal, a plan, or a link to the journal: refused, every file intact")
  func minutesOverInputs() throws {
    let folder = try ScratchFolder("cli-output")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("minutes.md"), withDestinationPath: "meeting.jsonl")
    try Self.expectRefused(
      meeting, ["minutes", "--full", "-o", meeting.journal],
      saying: "-o \(meeting.journal) is the meeting's journal")
    try Self.expectRefused(
      meeting, ["minutes", "-o", meeting.alpha],
      saying: "-o \(meeting.alpha) is a plan file of the meeting")
    try Self.expectRefused(
      meeting, ["minutes", "-o", folder.file("minutes.md")],
      saying: "is the meeting's journal")
  }

  @Test("minutes -o a read-only file or a folder: refused, saying why")
  func minutesOverReadOnly() throws {
    let folder = try ScratchFolder("cli-output")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let kept = try folder.write("signed-minutes.md", text: "Approved by the board.\n")
    chmod(kept, 0o444)
    defer { chmod(kept, 0o644) }
    try Self.expectRefused(
      meeting, ["minutes", "-o", kept], saying: "\(kept) is read-only (r--r--r--)")
    try Self.expectRefused(
      meeting, ["minutes", "-o", folder.file("plans")], saying: "plans is a folder")
  }

  @Test("minutes -o a named pipe writes into it for its reader; it is still a pipe after")
  func minutesToPipe() throws {
    let folder = try ScratchFolder("cli-output")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let pipe = try PipeReader(at: folder.file("minutes.pipe"))
    let result = try meeting.run(["minutes", "-o", pipe.path])
    #expect(result.status == 0, "\(result)")
    #expect(pipe.text().contains("Public note on waiting times"))
    #expect(pipe.isStillAPipe)
  }

  @Test("apply refuses a read-only plan, saying so, and writes nothing")
  func applyReadOnlyPlan() throws {
    let folder = try ScratchFolder("cli-output")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    chmod(meeting.beta, 0o444)
    defer { chmod(meeting.beta, 0o644) }
    try Self.expectRefused(
      meeting, ["apply"],
      saying:
        "apply refused: plans/beta.json is read-only (r--r--r--); nothing was written. Boardwalk does not replace a read-only file: make it writable (chmod u+w plans/beta.json) if it should change\n"
    )
  }

  @Test("apply through a linked plan writes the file it points to; the link stays a link")
  func applyThroughLink() throws {
    let folder = try ScratchFolder("cli-output")
    defer { folder.remove() }
    // The board keeps its plans under versions/, linked from plans/.
    let meeting = try FaultMeeting(in: folder, plans: "versions")
    try FileManager.default.createDirectory(
      atPath: folder.file("plans"), withIntermediateDirectories: false)
    for name in ["alpha.json", "beta.json"] {
      try FileManager.default.createSymbolicLink(
        atPath: folder.file("plans/" + name), withDestinationPath: "../versions/" + name)
    }
    // The meeting was started on the links, as the board opens its plans.
    var text = try String(contentsOfFile: meeting.journal, encoding: .utf8)
    text = text.replacingOccurrences(of: "/versions/", with: "/plans/")
    try text.write(toFile: meeting.journal, atomically: false, encoding: .utf8)
    let original = try folder.bytes("versions/alpha.json")
    let result = try meeting.run(["apply"])
    #expect(result.status == 0, "\(result)")
    for name in ["alpha.json", "beta.json"] {
      #expect(
        try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("plans/" + name))
          == "../versions/" + name)
    }
    #expect(try folder.bytes("versions/alpha.json") != original)
    let backups = try FileManager.default.contentsOfDirectory(atPath: folder.file("versions"))
      .filter { $0.hasPrefix("alpha.json.bak-") }
    #expect(backups.count == 1)
    #expect(try folder.bytes("versions/" + (backups.first ?? "")) == original)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.file("plans")).sorted() == [
        "alpha.json", "beta.json",
      ])
  }
}
