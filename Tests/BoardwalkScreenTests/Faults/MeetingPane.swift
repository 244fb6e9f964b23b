import BoardwalkTestSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `boardwalk meet` as the only program of a tmux pane, with no shell beneath it: killed,
/// the pane stays (dead), and `run()` starts it again on a fresh terminal, as a minute-taker
/// reopens the meeting after a crash. Keys still queued for the killed app die with its
/// terminal instead of reaching anything else.
struct MeetingPane: Sendable {
  /// A tmux server of the pane's own, whose pane stays when its program dies
  /// (`remain-on-exit`), so a killed app can be looked at and started again in it.
  let session: TmuxSession
  let folder: ScratchFolder
  /// How the app is started (and started again).
  let launch: AppLaunch
  /// The file-creation mask the app runs with (`umask` in octal), when not the test's own.
  let umask: String?

  var pidFile: String { folder.file("app.pid") }

  /// A plan file copied into a fresh folder: what meetings here run on, so `apply` and
  /// changes on disk never touch SampleData.
  static let planName = "hull-send-strategic-plan-2024.json"

  /// Makes the folder and server, copies the Hull plan in, and returns the pane (the app is
  /// not started yet: `run()` starts it). `arguments` follow `boardwalk`.
  static func prepare(
    arguments: (_ plan: String) -> [String], width: Int = 120, height: Int = 30,
    umask: String? = nil
  ) throws -> MeetingPane {
    let folder = try ScratchFolder("faults")
    do {
      let plan = folder.file(planName)
      try FileManager.default.copyItem(
        atPath: PackagePaths.sampleData + "/" + planName, toPath: plan)
      let session = try TmuxSession.start(
        width: width, height: height, in: folder, remainOnExit: true)
      return MeetingPane(
        session: session, folder: folder, launch: AppLaunch(arguments: arguments(plan)),
        umask: umask)
    } catch {
      folder.remove()
      throw error
    }
  }

  /// `boardwalk meet PLAN --journal JOURNAL --today 2026-11-22 [EXTRA]`, with the plan given
  /// by its full path (the journal records it, and the command line runs from anywhere).
  static func meeting(journal: String = "journal.jsonl", umask: String? = nil) throws
    -> MeetingPane
  {
    try prepare(
      arguments: { plan in
        ["meet", plan, "--journal", journal, "--today", PackagePaths.sampleToday]
      }, umask: umask)
  }

  /// The plan file the meeting runs on.
  var planPath: String { folder.file(Self.planName) }

  /// Starts (or starts again) the app as the pane's program, in the folder. (`-k` ends
  /// whatever tmux still counts as running there: a killed app it has not collected yet.)
  func run() throws {
    try? FileManager.default.removeItem(atPath: pidFile)
    var script = launch.script(
      binary: try BinaryLocator.boardwalk(besides: .module), pidFile: pidFile)
    if let umask { script = "umask \(umask)\n" + script }
    try script.write(toFile: folder.file("launch.sh"), atomically: true, encoding: .utf8)
    try session.command([
      "respawn-pane", "-k", "-t", session.target, "-c", folder.path, "sh launch.sh",
    ])
  }

  /// The app's process id, written by the launch script just before it becomes the app.
  func appPID() async throws -> pid_t {
    try await AppLaunch.pid(in: pidFile, session: session)
  }

  /// Kills the app with SIGKILL, without warning, and waits until it has ended. Returns the
  /// signal it died of, as tmux reports it for the dead pane (or, while tmux has yet to
  /// collect it, as the kernel keeps it for the zombie).
  @discardableResult
  func killApp() async throws -> Int? {
    let pid = try await appPID()
    kill(pid, SIGKILL)
    try await ProcessEnd.wait(for: pid, seconds: 30, session: session)
    if let signal = ProcessEnd.zombieSignal(pid) { return signal }
    // Gone: tmux has collected its status, and shows it once it sees the pane dead.
    let deadline = Date().addingTimeInterval(Double(TmuxSession.patience))
    while try session.display("#{pane_dead}#{pane_dead_signal}#{pane_dead_status}").count < 2 {
      if Date() > deadline {
        throw ScreenTimeout(
          expectation: "tmux to see the pane's program dead", seconds: TmuxSession.patience,
          lastScreen: try? session.capture())
      }
      try await Task.sleep(for: .milliseconds(20))
    }
    return Int(try session.display("#{pane_dead_signal}"))
  }

  /// Runs `boardwalk ARGUMENTS` (not in the pane) and returns what it did.
  func command(_ arguments: [String]) throws -> ChildResult {
    try ChildProcess.run(
      [try BinaryLocator.boardwalk(besides: .module)] + arguments,
      environment: ChildEnvironment.standard)
  }

  /// The path of `name` in the folder.
  func path(_ name: String) -> String { folder.file(name) }

  func stop() {
    session.kill()
    folder.remove()
  }
}
