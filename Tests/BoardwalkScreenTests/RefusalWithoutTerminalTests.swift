import BoardwalkTestSupport
import Testing

@Suite("refusing to start without a terminal")
struct RefusalWithoutTerminalTests {
  @Test(
    "standard input from /dev/null and output to a file: non-zero exit, suggests boardwalk list")
  func refusesWithoutATerminal() throws {
    var environment = ChildEnvironment.standard
    environment["TERM"] = "xterm-256color"
    let result = try ChildProcess.run(
      [
        try BinaryLocator.boardwalk(besides: .module), "--today", PackagePaths.sampleToday,
        PackagePaths.sampleData,
      ], environment: environment, standardInput: "/dev/null", timeout: 20)
    #expect(result.exit.status != nil && result.exit.status != 0, "\(result)")
    #expect(result.errorOutput.contains("boardwalk list"), "\(result)")
    #expect(result.output.isEmpty, "nothing belongs on standard output: \(result)")
  }
}
