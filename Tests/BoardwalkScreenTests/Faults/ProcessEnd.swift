import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Waiting for a process that is not this test's child (tmux's, or a shell's) to end.
enum ProcessEnd {
  /// Polls until `pid` has ended: gone, or a zombie (it runs no more code and holds no files;
  /// only its parent has yet to collect its status, which a busy tmux server may put off).
  /// Fails after `seconds` with the screen in the message. A crash takes longer than a
  /// quit: Swift's backtracer prints its report first.
  static func wait(for pid: pid_t, seconds: Int, session: TmuxSession) async throws {
    let deadline = Date().addingTimeInterval(Double(seconds))
    while kill(pid, 0) == 0 && !isZombie(pid) {
      if Date() > deadline {
        throw ScreenTimeout(
          expectation: "process \(pid) to end (\(state(of: pid)))", seconds: seconds,
          lastScreen: try? session.capture())
      }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  /// The fields of /proc/PID/stat after the command name, from the state on (Linux).
  private static func statFields(_ pid: pid_t) -> [Substring] {
    let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    guard let end = stat.lastIndex(of: ")") else { return [] }
    return stat[stat.index(after: end)...].split(whereSeparator: \.isWhitespace)
  }

  static func isZombie(_ pid: pid_t) -> Bool {
    statFields(pid).first == "Z"
  }

  /// The signal a zombie died of, from its exit code as `waitpid` would report it (field 52
  /// of /proc/PID/stat); `nil` when it is not a zombie or exited normally.
  static func zombieSignal(_ pid: pid_t) -> Int? {
    let fields = statFields(pid)
    guard fields.first == "Z", fields.count > 49, let code = Int(fields[49]) else { return nil }
    return code & 0x7F == 0 ? nil : code & 0x7F
  }

  /// The process's state as Linux reports it, and its parent's, for failure messages.
  static func state(of pid: pid_t) -> String {
    func fields(_ pid: String) -> [String] {
      let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
      return status.split(separator: "\n").filter {
        $0.hasPrefix("State:") || $0.hasPrefix("PPid:") || $0.hasPrefix("Name:")
      }.map(String.init)
    }
    let own = fields(String(pid))
    let parent = own.first { $0.hasPrefix("PPid:") }.map {
      $0.dropFirst(5).trimmingCharacters(in: .whitespaces)
    }
    return (own + ["parent:"] + (parent.map(fields) ?? [])).joined(separator: " ")
  }
}
