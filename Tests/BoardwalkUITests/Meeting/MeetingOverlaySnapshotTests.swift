import BoardwalkUI
import Testing

@Suite("Snapshots: each editor, choice, form and question over the meeting screen")
struct MeetingOverlaySnapshotTests {
  @Test(
    "open at 80x24 and 200x50",
    arguments: ScreenSize.meeting, OpenOverlay.allCases)
  func overlay(size: ScreenSize, overlay: OpenOverlay) throws {
    var screen = try MeetingScreen(
      width: size.width, height: size.height, resuming: overlay.journal)
    overlay.open(&screen)
    assertMeetingScreen(screen, named: "\(overlay.rawValue)-\(size.name)")
  }

  @Test("the note editor on the smallest screen")
  func smallestNote() throws {
    var screen = try MeetingScreen(width: 40, height: 12)
    OpenOverlay.note.open(&screen)
    assertMeetingScreen(screen, named: "note-40x12")
  }

  @Test("a form's problem shown under its fields")
  func formProblem() throws {
    var screen = try MeetingScreen()
    screen.type("rA title")
    screen.press(.tab, .tab, .tab, .control("u"))
    screen.type("ZZ9")
    screen.press(.control("s"))
    assertMeetingScreen(screen, named: "raiseProblem-80x24")
  }
}
