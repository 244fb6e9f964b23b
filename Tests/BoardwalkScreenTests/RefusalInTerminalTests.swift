import BoardwalkTestSupport
import Testing

@Suite("refusing to start on a terminal it cannot use", .requiresTmux)
struct RefusalInTerminalTests {
  enum Problem: Sendable, CustomStringConvertible, CaseIterable {
    case outputRedirected
    case inputRedirected
    case unknownTerm
    case noTerm
    case dumbTerm

    var description: String {
      switch self {
      case .outputRedirected: "standard output to a file"
      case .inputRedirected: "standard input from /dev/null"
      case .unknownTerm: "TERM=no-such-terminal"
      case .noTerm: "TERM unset"
      case .dumbTerm: "TERM=dumb"
      }
    }

    /// What standard error must mention besides `boardwalk list`.
    var mentions: String {
      switch self {
      case .outputRedirected, .inputRedirected: "terminal"
      case .unknownTerm: "no-such-terminal"
      case .noTerm: "TERM"
      case .dumbTerm: "cannot move the cursor"
      }
    }

    func launch(output: String, errors: String) -> AppLaunch {
      var launch = AppLaunch.sampleData()
      launch.standardOutput = output
      launch.standardError = errors
      switch self {
      case .outputRedirected: break
      case .inputRedirected:
        launch.standardInput = "/dev/null"
        launch.standardOutput = nil
      case .unknownTerm:
        launch.setting = ["TERM": "no-such-terminal"]
        launch.standardOutput = nil
      case .noTerm:
        launch.unsetting = ["TERM"]
        launch.standardOutput = nil
      case .dumbTerm:
        launch.setting = ["TERM": "dumb"]
        launch.standardOutput = nil
      }
      return launch
    }
  }

  @Test(
    "exits non-zero with a message suggesting boardwalk list, leaving the terminal untouched",
    arguments: Problem.allCases)
  func refuses(_ problem: Problem) async throws {
    let folder = try ScratchFolder("refusal")
    defer { folder.remove() }
    let output = folder.file("stdout")
    let errors = folder.file("stderr")
    let screen = try await RunningScreen.start(
      launch: problem.launch(output: output, errors: errors), readyText: nil)
    defer { screen.stop() }
    let status = try await screen.exitStatus()
    #expect(status != 0)
    let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
    #expect(message.contains("boardwalk list"), "stderr: \(message)")
    #expect(message.contains(problem.mentions), "stderr: \(message)")
    if problem == .outputRedirected {
      let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
      #expect(
        !printed.contains("\u{1B}"), "escape codes written to the file: \(printed.debugDescription)"
      )
    }
    let after = try await TerminalSettings.read(from: screen.session)
    #expect(after == screen.before, "before:\n\(screen.before)\nafter:\n\(after)")
  }
}
