import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 6: `minutes -o` on a full disk or into a read-only folder tells the user (the file
/// and the cause) and leaves the minutes already there as they were, with no temporary file.
@Suite("minutes -o on a full disk or into a read-only folder")
struct MinutesOutputFaultTests {
  static let earlier = "# Minutes written before\n"

  static func expectRefused(
    _ meeting: FaultMeeting, output: String, cause: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try meeting.folder.contents()
    let result = try meeting.run(["minutes", "-o", output])
    #expect(result.status == 1, "\(result)", sourceLocation: sourceLocation)
    #expect(result.output.isEmpty, "\(result)", sourceLocation: sourceLocation)
    #expect(
      result.errorOutput.hasPrefix("boardwalk: ") && result.errorOutput.contains(output),
      "the message names the file: \(result)", sourceLocation: sourceLocation)
    #expect(
      result.errorOutput.contains("(\(cause))"), "the message gives the cause: \(result)",
      sourceLocation: sourceLocation)
    #expect(try meeting.folder.contents() == before, sourceLocation: sourceLocation)
    #expect(try meeting.folder.leftovers() == [], sourceLocation: sourceLocation)
  }

  static func expectWritten(
    _ meeting: FaultMeeting, output: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try meeting.run(["minutes", "-o", output])
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    let text = FileManager.default.contents(atPath: output).map {
      String(decoding: $0, as: UTF8.self)
    }
    #expect(
      text?.contains("Public note on waiting times") == true, sourceLocation: sourceLocation)
    #expect(try meeting.folder.leftovers() == [], sourceLocation: sourceLocation)
  }

  @Test(
    "onto a full disk: refused with the file and \"No space left on device\"; the earlier minutes kept; written once there is room",
    .enabled(if: SmallDisk.isAvailable, "mounting a small tmpfs needs root"))
  func fullDisk() throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let disk = try SmallDisk.mount(at: folder.file("out"))
    defer { disk.unmount() }
    let meeting = try FaultMeeting(in: folder)
    let output = folder.file("out/minutes.md")
    try Self.earlier.write(toFile: output, atomically: false, encoding: .utf8)
    try disk.fill()
    try Self.expectRefused(meeting, output: output, cause: "No space left on device")
    disk.free()
    try Self.expectWritten(meeting, output: output)
  }

  @Test(
    "into a read-only folder: refused with the file and the cause; the earlier minutes kept; written once it is writable",
    .enabled(if: ReadOnly.isPossible, "running as root where chattr +i is unavailable"))
  func readOnlyFolder() throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let out = try folder.folder("out")
    let output = out + "/minutes.md"
    try Self.earlier.write(toFile: output, atomically: false, encoding: .utf8)
    try ReadOnly.make(out, folder: true)
    defer { ReadOnly.restore(out, folder: true) }
    try Self.expectRefused(meeting, output: output, cause: ReadOnly.reason)
    ReadOnly.restore(out, folder: true)
    try Self.expectWritten(meeting, output: output)
  }
}
