import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 6: files the meeting screen creates (the journal, the public minutes) are created
/// with the user's umask and are never writable by others. Issue 10: those that hold exempt
/// information (the full minutes, the `.torn` file of a cut-off line) are the owner's only.
@Suite("files the meeting screen creates follow the umask", .requiresTmux)
struct ScreenFileModeTests {
  /// What a file created for reading and writing gets under `mask`, never writable by others:
  /// rw-rw-r-- less the mask.
  static func expectedMode(under mask: mode_t) -> mode_t {
    0o664 & ~mask
  }

  static func mode(_ path: String) -> mode_t? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return status.st_mode & 0o777
  }

  @Test(
    "journal and public minutes: rw-rw-r-- less the umask; full minutes and .torn file: rw-------",
    arguments: [0o000, 0o022, 0o027, 0o077] as [mode_t])
  func modesFollowTheUmask(_ mask: mode_t) async throws {
    let pane = try MeetingPane.meeting(umask: String(mask, radix: 8))
    defer { pane.stop() }
    let session = pane.session
    let journal = pane.path("journal.jsonl")
    try pane.run()
    try await session.waitForSavedCount(2, seconds: 30)
    try session.press("e")
    try await session.waitForText("Minutes written:")
    // A line cut short, as a power cut leaves it, kept aside as `.torn` on resuming.
    try await pane.killApp()
    let handle = try #require(FileHandle(forWritingAtPath: journal))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"seq":3,"at":"#.utf8))
    try handle.close()
    try pane.run()
    try await session.waitForScreen("the meeting to resume, reporting the cut line", seconds: 30) {
      $0.statusLine.contains("Meeting resumed") && $0.statusLine.contains("incomplete")
    }

    for (name, expected) in [
      ("journal.jsonl", Self.expectedMode(under: mask)),
      ("journal.minutes.public.md", Self.expectedMode(under: mask)),
      ("journal.minutes.full.md", 0o600), ("journal.jsonl.torn", 0o600),
    ] {
      let mode = try #require(Self.mode(pane.path(name)), "\(name) was not created")
      #expect(
        mode == expected,
        "\(name): \(String(mode, radix: 8)) under umask \(String(mask, radix: 8)), expected \(String(expected, radix: 8))"
      )
      #expect(mode & 0o002 == 0, "\(name) is writable by others")
    }
  }
}
