import Foundation
import Testing

/// Whether the end-to-end screen tests can and must run. They need tmux; without it they
/// are skipped, unless BOARDWALK_REQUIRE_TMUX=1 (as CI sets), when a missing tmux fails.
enum TmuxRequirement {
  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["BOARDWALK_REQUIRE_TMUX"] == "1"
  }

  /// tmux on PATH, if it is there.
  static var path: String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    for folder in folders {
      let candidate = "\(folder)/tmux"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Run when tmux is there, or when it is required (and then fail without it).
  static var shouldRun: Bool { path != nil || isRequired }

  /// tmux's path, or the failure that says to install it.
  static func located() throws -> String {
    guard let path else { throw Missing() }
    return path
  }

  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "tmux is not on PATH: install tmux (apt-get install tmux) to run the screen tests"
        + " (BOARDWALK_REQUIRE_TMUX=1 makes them required)"
    }
  }
}

extension Trait where Self == ConditionTrait {
  /// Enables a suite when tmux is on PATH, or when BOARDWALK_REQUIRE_TMUX=1 demands it.
  static var requiresTmux: Self {
    .enabled(
      if: TmuxRequirement.shouldRun,
      "tmux is not on PATH (set BOARDWALK_REQUIRE_TMUX=1 to make that a failure)")
  }
}
