import BoardwalkTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 6: files the command line creates follow the user's umask and are never writable
/// by others; a plan `apply` replaces keeps its permissions, and so does its backup, less
/// writing by others. Issue 10: files that hold exempt information (full minutes, the
/// `.torn` rescue of a journal line) are the owner's only, whatever the umask. Each command runs with its own umask (`sh -c 'umask M; exec …'`), so
/// no other test's files are touched by the mask.
@Suite("files the command line writes: the umask, and never writable by others")
struct CLIFileModeTests {
  static let masks: [mode_t] = [0o000, 0o022, 0o027, 0o077]

  static func mode(_ path: String) -> mode_t? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return status.st_mode & 0o777
  }

  static func octal(_ mode: mode_t?) -> String { mode.map { String($0, radix: 8) } ?? "none" }

  @Test("minutes -o: rw-rw-r-- less the umask", arguments: masks)
  func minutesFollowTheUmask(_ mask: mode_t) throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let output = folder.file("minutes.md")
    let result = try meeting.run(["minutes", "-o", output], umask: Self.octal(mask))
    #expect(result.status == 0, "\(result)")
    #expect(Self.mode(output) == 0o664 & ~mask, "\(Self.octal(Self.mode(output)))")
  }

  @Test("minutes --full -o: rw------- whatever the umask", arguments: masks)
  func fullMinutesAreTheOwners(_ mask: mode_t) throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let output = folder.file("minutes.full.md")
    let result = try meeting.run(["minutes", "--full", "-o", output], umask: Self.octal(mask))
    #expect(result.status == 0, "\(result)")
    #expect(Self.mode(output) == 0o600, "\(Self.octal(Self.mode(output)))")
  }

  @Test("full minutes written over a file others could read: rw------- from then on")
  func fullMinutesOverAnOpenFile() throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let output = try folder.write("minutes.full.md", text: "earlier\n")
    chmod(output, 0o644)
    let result = try meeting.run(["minutes", "--full", "-o", output])
    #expect(result.status == 0, "\(result)")
    #expect(Self.mode(output) == 0o600, "\(Self.octal(Self.mode(output)))")
  }

  @Test(
    "the .torn file apply keeps of a cut-off last line: rw------- whatever the umask",
    arguments: masks)
  func tornFileIsTheOwners(_ mask: mode_t) throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let handle = try #require(FileHandle(forWritingAtPath: meeting.journal))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"seq":13,"at":"#.utf8))
    try handle.close()
    let result = try meeting.run(["apply"], umask: Self.octal(mask))
    #expect(result.status == 0, "\(result)")
    let torn = meeting.journal + ".torn"
    #expect(Self.mode(torn) == 0o600, "\(Self.octal(Self.mode(torn)))")
  }

  @Test(
    "apply keeps a plan's permissions whatever the umask, and its backup's, less writing by others",
    arguments: [(0o640, 0o077), (0o644, 0o077), (0o664, 0o022), (0o666, 0o000), (0o646, 0o022)]
      as [(mode_t, mode_t)])
  func appliedPlanKeepsItsMode(_ planMode: mode_t, _ mask: mode_t) throws {
    let folder = try ScratchFolder("cli-faults")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    for plan in [meeting.alpha, meeting.beta] { chmod(plan, planMode) }
    let result = try meeting.run(["apply"], umask: Self.octal(mask))
    #expect(result.status == 0, "\(result)")
    let expected = planMode & ~0o002
    for plan in [meeting.alpha, meeting.beta] {
      #expect(Self.mode(plan) == expected, "\(plan): \(Self.octal(Self.mode(plan)))")
      let backups = try FileManager.default.contentsOfDirectory(atPath: folder.file("plans"))
        .filter { $0.hasPrefix((plan as NSString).lastPathComponent + ".bak-") }
      #expect(backups.count == 1, "\(backups)")
      for backup in backups {
        let mode = Self.mode(folder.file("plans/" + backup))
        #expect(mode == expected, "\(backup): \(Self.octal(mode))")
      }
    }
  }
}
