import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Swift's crash reporter, `swift-backtrace`, which a crashing app starts: on this Linux
/// toolchain it prints its report and then stays, orphaned, waiting on a socket of its own.
/// The crash tests end the ones they caused: those writing to their pane's terminal.
enum Backtracers {
  static func end(writingTo terminal: String) {
    let manager = FileManager.default
    guard !terminal.isEmpty, let entries = try? manager.contentsOfDirectory(atPath: "/proc")
    else { return }
    for entry in entries {
      guard let pid = pid_t(entry),
        let name = try? String(contentsOfFile: "/proc/\(entry)/comm", encoding: .utf8),
        name.trimmingCharacters(in: .whitespacesAndNewlines) == "swift-backtrace",
        (try? manager.destinationOfSymbolicLink(atPath: "/proc/\(entry)/fd/2")) == terminal
      else { continue }
      kill(pid, SIGKILL)
    }
  }
}
