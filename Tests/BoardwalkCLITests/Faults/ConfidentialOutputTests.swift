import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 6: confidential text never appears in public minutes, in error messages, or in
/// anything else the command line prints, whether the command works or fails.
@Suite("confidential text stays out of everything the command line prints")
struct ConfidentialOutputTests {
  /// A command over the fault meeting, in a situation that makes it work or fail.
  enum Situation: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case publicMinutes = "minutes (public, to standard output)"
    case publicMinutesOnFullDisk = "minutes -o onto a full disk"
    case fullMinutesOnFullDisk = "minutes --full -o onto a full disk"
    case fullMinutesIntoReadOnlyFolder = "minutes --full -o into a read-only folder"
    case minutesOfChangedPlan = "minutes when a plan changed"
    case fullMinutesOfChangedPlan = "minutes --full when a plan changed"
    case minutesWithTornLine = "minutes when the last line, a confidential note, was cut off"
    case applyToChangedPlan = "apply when a plan changed"
    case applyOnFullDisk = "apply onto a full disk"
    case applyToInvalidStatus = "apply of a confidential status the scale lacks"
    case applyToUnknownArea = "apply of a confidential new action in an unknown area"
    case applied = "apply that works"

    var testDescription: String { rawValue }

    var needsSmallDisk: Bool {
      [.publicMinutesOnFullDisk, .fullMinutesOnFullDisk, .applyOnFullDisk].contains(self)
    }

    /// The situations this machine can make.
    static var possible: [Situation] {
      allCases.filter {
        (!$0.needsSmallDisk || SmallDisk.isAvailable)
          && ($0 != .fullMinutesIntoReadOnlyFolder || ReadOnly.isPossible)
      }
    }

    /// The status the command must end with.
    var expectedStatus: Int32 {
      [.publicMinutes, .minutesWithTornLine, .applied].contains(self) ? 0 : 1
    }

    /// Sets the situation up in `folder` and runs the command.
    func run(in folder: ScratchFolder) throws -> CommandResult {
      let marker = FaultMeeting.marker
      switch self {
      case .publicMinutes:
        return try FaultMeeting(in: folder).run(["minutes"])
      case .publicMinutesOnFullDisk, .fullMinutesOnFullDisk:
        let meeting = try FaultMeeting(in: folder)
        let disk = try SmallDisk.mount(at: folder.file("out"))
        defer { disk.unmount() }
        try disk.fill()
        let full = self == .fullMinutesOnFullDisk ? ["--full"] : []
        return try meeting.run(["minutes", "-o", folder.file("out/minutes.md")] + full)
      case .fullMinutesIntoReadOnlyFolder:
        let meeting = try FaultMeeting(in: folder)
        let out = try folder.folder("out")
        try ReadOnly.make(out, folder: true)
        defer { ReadOnly.restore(out, folder: true) }
        return try meeting.run(["minutes", "--full", "-o", out + "/minutes.md"])
      case .minutesOfChangedPlan, .fullMinutesOfChangedPlan, .applyToChangedPlan:
        let meeting = try FaultMeeting(in: folder)
        let handle = try #require(FileHandle(forWritingAtPath: meeting.alpha))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        let command =
          self == .applyToChangedPlan
          ? ["apply"] : ["minutes"] + (self == .fullMinutesOfChangedPlan ? ["--full"] : [])
        return try meeting.run(command)
      case .minutesWithTornLine:
        let meeting = try FaultMeeting(in: folder)
        let line =
          #"{"seq":13,"at":"2026-11-22T10:00:00+00:00","type":"note","plan":"alpha","action":"A2","text":"\#(marker) cut off"#
        let handle = try #require(FileHandle(forWritingAtPath: meeting.journal))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
        try handle.close()
        return try meeting.run(["minutes"])
      case .applyOnFullDisk:
        let disk = try SmallDisk.mount(at: folder.file("plans"))
        defer { disk.unmount() }
        let meeting = try FaultMeeting(in: folder)
        try disk.fill()
        return try meeting.run(["apply"])
      case .applyToInvalidStatus:
        return try FaultMeeting(in: folder) { journal in
          journal.add([
            "type": "status", "plan": "alpha", "action": "A2", "from": "at-risk",
            "to": "purple", "reason": "\(marker) second reason",
          ])
        }.run(["apply"])
      case .applyToUnknownArea:
        return try FaultMeeting(in: folder) { journal in
          journal.add([
            "type": "raised", "plan": "alpha", "action": "A12", "area": "NOPE",
            "title": "\(marker) lost action", "owners": [], "confidential": true,
          ])
        }.run(["apply"])
      case .applied:
        return try FaultMeeting(in: folder).run(["apply"])
      }
    }
  }

  @Test(
    "the marker of the confidential texts is in neither output stream",
    arguments: Situation.possible)
  func markerNeverPrinted(_ situation: Situation) throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let result = try situation.run(in: folder)
    #expect(result.status == situation.expectedStatus, "\(result)")
    #expect(!result.output.contains(FaultMeeting.marker), "standard output: \(result.output)")
    #expect(
      !result.errorOutput.contains(FaultMeeting.marker), "standard error: \(result.errorOutput)")
  }

  @Test("the public minutes say a confidential item was taken; the full minutes hold the marker")
  func markerIsThereToFind() throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let publicMinutes = try meeting.run(["minutes"])
    #expect(publicMinutes.status == 0, "\(publicMinutes)")
    #expect(publicMinutes.output.contains("A confidential item was taken"))
    #expect(publicMinutes.output.contains("Public note on waiting times"))
    let full = try meeting.run(["minutes", "--full"])
    #expect(full.status == 0, "\(full)")
    for text in [
      "note on a named child", "decision to refer", "reason", "raised in confidence", "owner",
    ] {
      #expect(full.output.contains("\(FaultMeeting.marker) \(text)"), "\(text)")
    }
  }
}
