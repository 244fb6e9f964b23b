import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 6: a full disk while the screen writes the journal or the minutes. The user is
/// told (the file and the cause), the text stays in its editor to be saved again, and no
/// half-written file is left behind.
@Suite(
  "a meeting whose journal is on a disk that fills up", .requiresTmux,
  .enabled(if: SmallDisk.isAvailable, "mounting a small tmpfs needs root"))
struct FullDiskMeetingTests {
  /// Longer than a page (4 KiB), so it cannot fit in what is left of the journal's last one.
  static let longNote =
    String(
      repeating: "The disk filled while this note was being saved; every word must survive. ",
      count: 70)
    + "END-OF-THE-LONG-NOTE"

  static let noSpace = "No space left on device"

  /// A meeting with its journal on a small disk (`disk/journal.jsonl`), started.
  static func start() async throws -> (MeetingPane, SmallDisk) {
    let pane = try MeetingPane.meeting(journal: "disk/journal.jsonl")
    let disk: SmallDisk
    do {
      disk = try SmallDisk.mount(at: pane.path("disk"), kilobytes: 256)
    } catch {
      pane.stop()
      throw error
    }
    do {
      try pane.run()
      try await pane.session.waitForSavedCount(2, seconds: 30)
    } catch {
      stop(pane, disk)
      throw error
    }
    return (pane, disk)
  }

  /// Ends the app (with its server), then unmounts the disk, then removes the folder.
  static func stop(_ pane: MeetingPane, _ disk: SmallDisk) {
    pane.session.kill()
    disk.unmount()
    pane.stop()
  }

  @Test(
    "a note that cannot be saved is reported with the journal's name and the cause, stays in its editor, and is saved whole once there is room"
  )
  func noteWaitsForRoom() async throws {
    let (pane, disk) = try await Self.start()
    defer { Self.stop(pane, disk) }
    let session = pane.session
    let journal = pane.path("disk/journal.jsonl")
    let before = try JournalSnapshot(path: journal)
    try disk.fill()
    try session.press("n")
    try session.paste(Self.longNote)
    try session.press("Enter")
    let refused = try await session.waitForScreen("the status line to say the note was not saved") {
      $0.statusLine.contains("could not save")
    }
    #expect(
      refused.statusLine.contains("disk/journal.jsonl: could not save (\(Self.noSpace))"),
      "\(refused)")
    #expect(refused.contains("Discussion note"), "the editor is still open:\n\(refused)")
    #expect(refused.contains("END-OF-THE-LONG-NOTE"), "the text is still in it:\n\(refused)")
    #expect(refused.savedEntryCount == 2, "\(refused)")
    #expect(try JournalSnapshot(path: journal).bytes == before.bytes, "nothing half-written")

    disk.free()
    try session.press("Enter")
    let saved = try await session.waitForSavedCount(3)
    #expect(!saved.contains("Discussion note"), "\(saved)")
    let after = try JournalSnapshot(path: journal)
    #expect(after.entries.count == 3)
    #expect(after.entries.last?.type == "note")
    #expect(after.entries.last?.text == Self.longNote)
  }

  @Test(
    "minutes that cannot be written are reported with the file and the cause, leave no file or temporary file, and are written once there is room"
  )
  func minutesWaitForRoom() async throws {
    let (pane, disk) = try await Self.start()
    defer { Self.stop(pane, disk) }
    let session = pane.session
    try session.press("n")
    try session.type("Minuted before the disk filled")
    try session.press("Enter")
    try await session.waitForSavedCount(3)
    try disk.fill()
    try session.press("e")
    let refused = try await session.waitForScreen("the status line to say no minutes were written")
    {
      $0.statusLine.contains("Minutes not written")
    }
    #expect(refused.statusLine.contains("disk/journal.minutes.public.md"), "\(refused)")
    #expect(refused.statusLine.contains(Self.noSpace), "\(refused)")
    // The journal, and its lock file while the meeting is open: nothing else.
    #expect(try disk.names() == ["journal.jsonl", "journal.jsonl.lock"])

    // The meeting goes on.
    disk.free()
    try session.press("e")
    try await session.waitForText(
      "Minutes written: disk/journal.minutes.public.md, disk/journal.minutes.full.md")
    #expect(
      try disk.names() == [
        "journal.jsonl", "journal.jsonl.lock", "journal.minutes.full.md",
        "journal.minutes.public.md",
      ])
    let minutes = try String(
      contentsOfFile: pane.path("disk/journal.minutes.public.md"), encoding: .utf8)
    #expect(minutes.contains("Minuted before the disk filled"))
  }
}
