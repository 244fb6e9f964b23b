import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 13: the command line as a new user meets it: a version, a mistyped command
/// answered with the command meant, one style for every error, and a message per line.
@Suite("the command line's own messages")
struct CommandLineStyleTests {
  @Test("--version says the version and the formats it reads")
  func version() throws {
    let result = try CommandRunner.run("--version")
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("boardwalk 0."), "\(result)")
    #expect(
      result.output.contains("boardwalk-plan/1") && result.output.contains("boardwalk-journal/1"))
  }

  @Test(
    "a mistyped command is not taken for a path: the command meant is named, status 64",
    arguments: [("lst", "list"), ("chek", "check"), ("minuts", "minutes"), ("aply", "apply")])
  func mistypedCommand(_ typed: String, _ meant: String) throws {
    let result = try CommandRunner.run([typed])
    #expect(result.status == 64, "\(result)")
    #expect(
      result.errorOutput.hasPrefix(
        "boardwalk: \"\(typed)\" is not a command, a file or a folder; did you mean boardwalk \(meant)?"
      ), "\(result)")
    #expect(!result.errorOutput.contains("no such file or folder"))
  }

  @Test("every error is said as boardwalk says its own, the argument parser's too")
  func oneStyle() throws {
    for arguments in [["list", "--format", "nope"], ["list", "--no-such-option"], ["frobnicate"]] {
      let result = try CommandRunner.run(arguments)
      #expect(result.status == 64, "\(result)")
      #expect(result.errorOutput.hasPrefix("boardwalk: "), "\(result)")
      #expect(!result.errorOutput.contains("Error: "), "\(result)")
    }
  }

  @Test("check with nothing to read says so, not \"0 of 0 files with errors\"")
  func checkNothing() throws {
    let folder = try ScratchFolder("cli-style")
    defer { folder.remove() }
    for path in [folder.file("missing"), try folder.folder("empty")] {
      let result = try CommandRunner.run(["check", path])
      #expect(result.status == 1)
      #expect(
        result.errorLines.last == "boardwalk: check failed: no plan file was read (see above)")
    }
    let some = try CommandRunner.run(["check", Fixtures.alpha, folder.file("missing")])
    #expect(some.status == 1)
    #expect(some.errorLines.last == "boardwalk: check failed: 1 path that could not be read")
  }

  @Test("a file name with a line break is one line on standard error, the break shown as ␊")
  func lineBreakInAName() throws {
    let folder = try ScratchFolder("cli-style")
    defer { folder.remove() }
    let name = folder.file("plan\nINJECTED: error: fake.json")
    let result = try CommandRunner.run(["check", name])
    #expect(result.status == 1)
    #expect(!result.errorLines.contains { $0.hasPrefix("INJECTED") }, "\(result)")
    #expect(result.errorOutput.contains("plan␊INJECTED"), "\(result)")
  }
}

@Suite("check counts in words")
struct CheckCountWordsTests {
  @Test("one plan with one action is \"1 plan, 1 action\", not \"1 actions\"")
  func singular() throws {
    let folder = try ScratchFolder("cli-style")
    defer { folder.remove() }
    let plan = try folder.write(
      "one.json",
      text:
        #"{"format":"boardwalk-plan/1","plan":{"id":"one","title":"One"},"areas":[{"id":"A","kind":"priority","title":"A"}],"actions":[{"id":"A.1","area":"A","title":"T","owners":["X"]}]}"#
    )
    let result = try CommandRunner.run(["check", plan])
    #expect(result.outputLines.last == "1 plan, 1 action: valid")
  }
}
