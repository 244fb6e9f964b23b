import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 10, as a minute-taker and a chair would meet it: a meeting open on one screen, and
/// the same journal opened on a second (the chair's projector, a laptop on the shared
/// drive). The second is refused, naming who holds the meeting; read-only, it follows the
/// meeting as it is minuted.
@Suite("two screens on one meeting", .requiresTmux)
struct TwoScreensTests {
  /// A second pane in the first pane's folder, running `boardwalk ARGUMENTS`.
  static func secondScreen(_ first: MeetingPane, _ arguments: [String]) throws -> MeetingPane {
    let session = try TmuxSession.start(
      width: 120, height: 30, in: first.folder, remainOnExit: true)
    return MeetingPane(
      session: session, folder: first.folder, launch: AppLaunch(arguments: arguments), umask: nil)
  }

  @Test(
    "a second meet on the journal is refused, naming the first screen's process; nothing is written"
  )
  func secondWriterRefused() async throws {
    let pane = try MeetingPane.meeting()
    defer { pane.stop() }
    try pane.run()
    try await pane.session.waitForSavedCount(2, seconds: 30)
    let pid = try await pane.appPID()
    let journal = pane.path("journal.jsonl")
    let before = try JournalSnapshot(path: journal)
    let second = try pane.command([
      "meet", pane.planPath, "--journal", journal, "--today", PackagePaths.sampleToday,
    ])
    #expect(second.exit.status == 1, "\(second)")
    #expect(
      second.errorOutput.contains(
        "this meeting is open on \(ProcessInfo.processInfo.hostName) (process \(pid)"),
      "\(second)")
    #expect(second.errorOutput.contains("--read-only"), "\(second)")
    #expect(try JournalSnapshot(path: journal).bytes == before.bytes)
    // apply is refused too while the meeting is open.
    let apply = try pane.command(["apply", "--journal", journal])
    #expect(apply.exit.status == 1, "\(apply)")
    #expect(apply.errorOutput.contains("this meeting is open on"), "\(apply)")
    #expect(try JournalSnapshot(path: journal).bytes == before.bytes)
  }

  @Test("--read-only follows the meeting: it moves and shows what is minuted on the other screen")
  func follows() async throws {
    let pane = try MeetingPane.meeting()
    defer { pane.stop() }
    try pane.run()
    try await pane.session.waitForSavedCount(2, seconds: 30)
    // No plan named: it resumes on the plans the meeting started with.
    let follower = try Self.secondScreen(
      pane,
      ["meet", "--journal", "journal.jsonl", "--read-only", "--today", PackagePaths.sampleToday])
    defer { follower.session.kill() }
    try follower.run()
    try await follower.session.waitForText(
      "Read-only: this screen follows the meeting", seconds: 30)
    try pane.session.press("]")
    try await pane.session.waitForSavedCount(3)
    try pane.session.press("n")
    try pane.session.type("Seen on the projector within a second")
    try pane.session.press("Enter")
    try await pane.session.waitForSavedCount(4)
    let followed = try await follower.session.waitForText("Seen on the projector within a second")
    // Hull has 63 actions, 4 of them done: the default agenda leaves those out.
    #expect(followed.contains("item 2 of 59"), "\(followed)")
    // It records nothing itself.
    let before = try JournalSnapshot(path: pane.path("journal.jsonl"))
    try follower.session.press("n")
    try await follower.session.waitForText(
      "Read-only: this screen follows the meeting and records nothing")
    #expect(try JournalSnapshot(path: pane.path("journal.jsonl")).bytes == before.bytes)
  }

  @Test("Ctrl-C with a note being written asks first; a second Ctrl-C quits; nothing half-saved")
  func interruptAsks() async throws {
    let pane = try MeetingPane.meeting()
    defer { pane.stop() }
    try pane.run()
    try await pane.session.waitForSavedCount(2, seconds: 30)
    try pane.session.press("n")
    try pane.session.type("A note the chair is still dictating")
    try pane.session.press("C-c")
    let asked = try await pane.session.waitForText("Ctrl-C again quits and throws away the note")
    #expect(asked.contains("A note the chair is still dictating"), "the note is still there")
    try pane.session.press("Right")
    try await pane.session.waitForText("Back to your note: nothing was lost")
    try pane.session.press("C-c")
    try await pane.session.waitForText("Ctrl-C again quits")
    try pane.session.press("C-c")
    let pid = try await pane.appPID()
    try await ProcessEnd.wait(for: pid, seconds: 30, session: pane.session)
    let journal = try JournalSnapshot(path: pane.path("journal.jsonl"))
    #expect(journal.entries.count == 2)
  }
}
