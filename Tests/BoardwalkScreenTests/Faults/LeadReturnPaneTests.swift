import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 15: `boardwalk update --owner NAME` on a terminal is the lead's screen. A lead who
/// opens it and writes nothing leaves no return behind (the officer's `returns` must not
/// count them as returned); one who writes keeps the file, and is told where it is.
@Suite("the lead's screen under tmux", .requiresTmux)
struct LeadReturnPaneTests {
  static let lead = "Assistant Director Safeguarding"

  static func pane() throws -> MeetingPane {
    try MeetingPane.prepare(arguments: { plan in
      [
        "update", plan, "--today", PackagePaths.sampleToday, "--owner", lead, "--returns",
        "returns",
      ]
    })
  }

  @Test("opened and left with q, nothing written: no return file is kept, and it says so")
  func nothingWritten() async throws {
    let pane = try Self.pane()
    defer { pane.stop() }
    try pane.run()
    _ = try await pane.session.waitForText("0 of 8 open actions updated", seconds: 30)
    #expect(FileManager.default.fileExists(atPath: pane.path(Self.file)), "locked while open")
    try pane.session.press("q")
    try await pane.session.waitUntilEnded()
    let screen = try Self.everything(pane)
    #expect(screen.contains("nothing was written, so no return was kept for 2026-11"), "\(screen)")
    #expect(!FileManager.default.fileExists(atPath: pane.path(Self.file)))
  }

  @Test("a note written: the file keeps it, and leaving says where it is")
  func written() async throws {
    let pane = try Self.pane()
    defer { pane.stop() }
    try pane.run()
    _ = try await pane.session.waitForText("0 of 8 open actions updated", seconds: 30)
    try pane.session.press("j")
    try pane.session.press("e")
    try pane.session.type("Audit on the intranet")
    try pane.session.press("Enter")
    _ = try await pane.session.waitForText("Evidence on 3.11: saved")
    try pane.session.press("q")
    try await pane.session.waitUntilEnded()
    #expect(try Self.everything(pane).contains("Your return for 2026-11 is saved in " + Self.file))
    let written = try String(contentsOfFile: pane.path(Self.file), encoding: .utf8)
    #expect(
      written.contains(
        #""type":"evidence","plan":"hull-send-2024","action":"3.11","text":"Audit on the intranet""#
      ))
  }

  /// The pane's screen and what scrolled off it: what the command printed as it ended.
  static func everything(_ pane: MeetingPane) throws -> String {
    try pane.session.command(["capture-pane", "-p", "-S", "-200", "-t", pane.session.target])
  }

  static let file = "returns/2026-11/assistant-director-safeguarding.jsonl"
}
