import BoardwalkTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 10: apply killed between putting one plan in place and the next left a half-applied
/// meeting that neither apply nor minutes could recover. Apply records what it is about to
/// put in place before it does; the next apply puts back what the killed one wrote and
/// applies the meeting again, saying so; minutes in between read the backups.
@Suite("apply killed between two plans, and run again")
struct InterruptedApplyTests {
  /// Runs `apply` in `meeting`'s folder, stops it (SIGSTOP) after it has put `writes` plans
  /// in place, and kills it with SIGKILL there, as a power cut would.
  static func killApply(_ meeting: FaultMeeting, afterWrites writes: Int) async throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try BinaryLocator.boardwalk(besides: .module))
    process.arguments = ["apply", "--journal", meeting.journal]
    process.currentDirectoryURL = URL(fileURLWithPath: meeting.folder.path)
    var environment = ProcessInfo.processInfo.environment
    environment["BOARDWALK_TEST_STOP_AFTER_WRITES"] = String(writes)
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    var stopped = false
    for _ in 0..<500 where !stopped {
      try await Task.sleep(for: .milliseconds(10))
      let stat =
        (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8))
        ?? ""
      // The state follows the command name in parentheses: T is stopped.
      stopped =
        stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("T") == true
    }
    #expect(stopped, "apply stopped after \(writes) plan(s)")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
  }

  @Test("killed after the first plan: the next apply puts it back and applies both, once")
  func killedBetweenPlans() async throws {
    let folder = try ScratchFolder("cli-interrupted")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let original = try folder.contents()
    // The same meeting applied without interruption, for what the plans must end as.
    let twinFolder = try ScratchFolder("cli-interrupted-twin")
    defer { twinFolder.remove() }
    let twin = try FaultMeeting(in: twinFolder)
    #expect(try twin.run(["apply"]).status == 0)

    try await Self.killApply(meeting, afterWrites: 1)
    #expect(try folder.bytes("plans/alpha.json") == Array(try twinFolder.bytes("plans/alpha.json")))
    #expect(try folder.bytes("plans/beta.json") == Array(original["plans/beta.json"] ?? Data()))
    let journal = try String(contentsOfFile: meeting.journal, encoding: .utf8)
    #expect(journal.contains(#""type":"applying""#))
    #expect(!journal.contains(#""type":"applied""#))

    // Minutes in between read the version the meeting started from.
    let minutes = try meeting.run(["minutes"])
    #expect(minutes.status == 0, "\(minutes)")
    #expect(minutes.errorOutput.contains("holds this meeting's outcome (apply)"), "\(minutes)")

    let again = try meeting.run(["apply"])
    #expect(again.status == 0, "\(again)")
    #expect(
      again.errorOutput.contains(
        "boardwalk: an earlier apply of this meeting was interrupted (plans/alpha.json was put back from plans/alpha.json.bak-"
      ), "\(again)")
    #expect(again.errorOutput.contains("applying it again"), "\(again)")
    for plan in ["plans/alpha.json", "plans/beta.json"] {
      #expect(try folder.bytes(plan) == Array(try twinFolder.bytes(plan)), "\(plan)")
    }
    // One backup each, holding the plan as the meeting started; no temporary file.
    let names = try folder.names(in: "plans")
    #expect(names.filter { $0.contains(".bak-") }.count == 2, "\(names)")
    #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty, "\(names)")
    for name in names where name.contains(".bak-") {
      let plan = "plans/" + String(name.prefix { $0 != "." }) + ".json"
      #expect(try folder.bytes("plans/" + name) == Array(original[plan] ?? Data()), "\(name)")
    }
    #expect(try meeting.run(["apply"]).errorOutput.contains("already applied"))
  }

  @Test(
    "killed with its new files written but none in place: the next apply removes them and applies, with nothing to put back"
  )
  func killedBeforeAnyPlan() async throws {
    let folder = try ScratchFolder("cli-interrupted")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let original = try folder.contents()
    try await Self.killApply(meeting, afterWrites: 1)
    // The first plan back as it was, as if the kill had come just before it was renamed:
    // both new files then wait beside their plans, and the journal says apply was starting.
    let names = try folder.names(in: "plans")
    let backup = try #require(names.first { $0.hasPrefix("alpha.json.bak-") })
    try FileManager.default.removeItem(atPath: meeting.alpha)
    try FileManager.default.moveItem(atPath: folder.file("plans/" + backup), toPath: meeting.alpha)
    #expect(try folder.bytes("plans/alpha.json") == Array(original["plans/alpha.json"] ?? Data()))
    let again = try meeting.run(["apply"])
    #expect(again.status == 0, "\(again)")
    #expect(!again.errorOutput.contains("interrupted"), "\(again)")
    #expect(try folder.names(in: "plans").filter { $0.hasSuffix(".tmp") }.isEmpty)
  }
}

extension ScratchFolder {
  /// The names in the folder `name` inside this one, sorted.
  fileprivate func names(in name: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: file(name)).sorted()
  }
}
