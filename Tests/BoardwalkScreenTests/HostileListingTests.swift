import BoardwalkTestSupport
import Foundation
import Testing

@Suite("list prints a hostile plan without acting on the terminal", .requiresTmux)
struct HostileListingTests {
  @Test(
    "each format leaves the window title, the screen and its modes alone",
    arguments: ["table", "csv", "json", "markdown"])
  func listingLeavesTheTerminalAlone(format: String) async throws {
    let folder = try ScratchFolder("hostile-list")
    defer { folder.remove() }
    let session = try TmuxSession.start(width: 200, height: 60, in: folder)
    defer { session.kill() }
    let initial = try TerminalModes(session)
    // Short names, so the command line fits on the pane's first row.
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("bw"), withDestinationPath: try BinaryLocator.boardwalk(besides: .module))
    try FileManager.default.copyItem(atPath: Fixtures.hostilePlan, toPath: folder.file("h.json"))
    try session.typeLine("./bw list --format \(format) h.json 2>/dev/null; echo listed-$?")
    let capture = try await session.waitForScreen("the listing and its exit status") {
      $0.contains("listed-0")
    }
    #expect(try TerminalModes(session) == initial, "the listing changed the terminal's modes")
    #expect(try TerminalModes(session).title == TmuxSession.title)
    // Had the screen-clear or cursor-movement sequences run, the shell's command line would
    // be gone or overwritten; it is still the first line.
    #expect(capture.lines.first?.contains("list --format \(format)") == true, "\(capture)")
    #expect(capture.contains("]2;pwned"), "the window-title sequence is not shown as text")
  }
}
