import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a test starts `boardwalk` in its pane: the arguments, environment changes and
/// redirections, written as a small shell script that records the app's process id and
/// then `exec`s it (so the id is the app's own).
struct AppLaunch: Sendable {
  var arguments: [String]
  var setting: [String: String] = [:]
  var unsetting: [String] = []
  var standardInput: String?
  var standardOutput: String?
  var standardError: String?

  /// `boardwalk --today 2026-11-22 [EXTRA] SampleData`.
  static func sampleData(_ extra: [String] = []) -> AppLaunch {
    AppLaunch(
      arguments: ["--today", PackagePaths.sampleToday] + extra + [PackagePaths.sampleData])
  }

  /// The app's process id, which the launch script writes to `pidFile` just before it
  /// becomes the app; waits for it as long as `TmuxSession.patience` allows.
  static func pid(in pidFile: String, session: TmuxSession) async throws -> pid_t {
    let deadline = Date().addingTimeInterval(Double(TmuxSession.patience))
    while true {
      let text = (try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? ""
      if text.hasSuffix("\n"), let pid = pid_t(text.dropLast()) { return pid }
      if Date() > deadline {
        throw ScreenTimeout(
          expectation: "the app's process id in \(pidFile)", seconds: TmuxSession.patience,
          lastScreen: try? session.capture())
      }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  func script(binary: String, pidFile: String) -> String {
    var lines = ["echo $$ > \(ShellQuote.quoted(pidFile))"]
    for name in unsetting { lines.append("unset \(name)") }
    for (name, value) in setting.sorted(by: { $0.key < $1.key }) {
      lines.append("export \(name)=\(ShellQuote.quoted(value))")
    }
    var command = (["exec", binary] + arguments).map(ShellQuote.quoted).joined(separator: " ")
    if let standardInput { command += " < \(ShellQuote.quoted(standardInput))" }
    if let standardOutput { command += " > \(ShellQuote.quoted(standardOutput))" }
    if let standardError { command += " 2> \(ShellQuote.quoted(standardError))" }
    lines.append(command)
    return lines.joined(separator: "\n") + "\n"
  }
}

/// POSIX shell quoting.
enum ShellQuote {
  static func quoted(_ text: String) -> String {
    "'" + text.replacing("'", with: "'\\''") + "'"
  }
}
