import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 6: `apply` on a full disk or into a read-only folder tells the user (the file and
/// the cause), leaves every plan and the journal as they were, with no temporary file or
/// backup behind, and applies cleanly once the fault is gone.
@Suite("apply on a full disk or into a read-only folder")
struct ApplyFaultTests {
  /// Checks a refused apply: status 1, the message naming alpha.json (written first) and
  /// `cause`, and the folder byte for byte as before, with nothing left behind.
  static func expectRefused(
    _ meeting: FaultMeeting, before: [String: Data], cause: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try meeting.run(["apply"])
    #expect(result.status == 1, "\(result)", sourceLocation: sourceLocation)
    #expect(result.output.isEmpty, "\(result)", sourceLocation: sourceLocation)
    #expect(
      result.errorOutput.hasPrefix("boardwalk: apply refused: "), "\(result)",
      sourceLocation: sourceLocation)
    // Named as the user sees it from the folder apply runs in.
    #expect(
      result.errorOutput.contains("plans/alpha.json"), "the message names the file: \(result)",
      sourceLocation: sourceLocation)
    #expect(
      result.errorOutput.contains("(\(cause))"), "the message gives the cause: \(result)",
      sourceLocation: sourceLocation)
    #expect(try meeting.folder.contents() == before, sourceLocation: sourceLocation)
    #expect(try meeting.folder.leftovers() == [], sourceLocation: sourceLocation)
  }

  /// Applies once the fault is gone: both plans written, each beside a backup holding what
  /// it was.
  static func expectApplied(
    _ meeting: FaultMeeting, before: [String: Data],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try meeting.run(["apply"])
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    for plan in [meeting.alpha, meeting.beta] {
      let relative = String(plan.dropFirst(meeting.folder.path.count + 1))
      let prefix = "written \(relative) (previous version: "
      let line = result.outputLines.first { $0.hasPrefix(prefix) }
      let backup = line.map { String($0.dropFirst(prefix.count).dropLast()) }
      #expect(
        backup.flatMap { FileManager.default.contents(atPath: meeting.folder.file($0)) }
          == before[relative], "\(plan): \(result)", sourceLocation: sourceLocation)
      #expect(
        FileManager.default.contents(atPath: plan) != before[relative], "\(plan) unchanged",
        sourceLocation: sourceLocation)
    }
  }

  @Test(
    "plans on a full disk: refused with the file and \"No space left on device\"; nothing written; applied once there is room",
    .enabled(if: SmallDisk.isAvailable, "mounting a small tmpfs needs root"))
  func fullDisk() throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let disk = try SmallDisk.mount(at: folder.file("plans"))
    defer { disk.unmount() }
    let meeting = try FaultMeeting(in: folder)
    try disk.fill()
    let before = try folder.contents()
    try Self.expectRefused(meeting, before: before, cause: "No space left on device")
    disk.free()
    try Self.expectApplied(meeting, before: try folder.contents())
  }

  @Test(
    "plans in a read-only folder: refused with the file and the cause; nothing written; applied once it is writable",
    .enabled(if: ReadOnly.isPossible, "running as root where chattr +i is unavailable"))
  func readOnlyFolder() throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let plans = folder.file("plans")
    try ReadOnly.make(plans, folder: true)
    defer { ReadOnly.restore(plans, folder: true) }
    let before = try folder.contents()
    try Self.expectRefused(meeting, before: before, cause: ReadOnly.reason)
    ReadOnly.restore(plans, folder: true)
    try Self.expectApplied(meeting, before: before)
  }
}
