/// The tty settings `stty -a` prints in the pane, and the modes tmux sees: together, what
/// "the terminal as it was" means for these tests.
struct TerminalSettings: Equatable, Sendable, CustomStringConvertible {
  /// `stty -a`, row by row.
  let stty: [String]
  let modes: TerminalModes

  static func read(from session: TmuxSession) async throws -> TerminalSettings {
    let stty = try await session.runInShell("stty -a")
    return TerminalSettings(stty: stty, modes: try TerminalModes(session))
  }

  /// The words of `stty -a` (`icanon`, `-echo`, `min = 1;` split apart).
  var sttyWords: Set<String> {
    Set(
      stty.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init)
    )
  }

  /// Line editing and echo on, as a shell needs to read a command.
  var isCooked: Bool {
    ["icanon", "echo", "isig", "icrnl", "opost", "onlcr"].allSatisfy { sttyWords.contains($0) }
  }

  var description: String {
    "\(modes)\nstty -a:\n" + stty.joined(separator: "\n")
  }
}
