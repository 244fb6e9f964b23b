/// How a child process ended: its exit status, or the signal that killed it.
struct ChildExit: Equatable, Sendable, CustomStringConvertible {
  let status: Int32?
  let signal: Int32?

  /// Decodes a `waitpid` status (the W* macros cannot be imported into Swift).
  init(waitStatus: Int32) {
    let low = waitStatus & 0x7F
    if low == 0 {
      status = (waitStatus >> 8) & 0xFF
      signal = nil
    } else {
      status = nil
      signal = low
    }
  }

  var description: String {
    if let status { return "exit status \(status)" }
    return "killed by signal \(signal ?? 0)"
  }
}

/// What one run of a child process produced.
struct ChildResult: Sendable, CustomStringConvertible {
  let arguments: [String]
  let exit: ChildExit
  let output: String
  let errorOutput: String

  var description: String {
    "\(arguments.joined(separator: " ")) -> \(exit)\nstdout:\n\(output)\nstderr:\n\(errorOutput)"
  }
}

/// A child process that did not finish in time (it was killed).
struct ChildTimeout: Error, CustomStringConvertible {
  let arguments: [String]
  let seconds: Int

  var description: String {
    "\(arguments.joined(separator: " ")) did not finish within \(seconds) s and was killed"
  }
}

/// `posix_spawnp` refused to start a child.
struct SpawnFailure: Error, CustomStringConvertible {
  let arguments: [String]
  let code: Int32

  var description: String {
    "cannot start \(arguments.first ?? "?"): error \(code)"
  }
}
