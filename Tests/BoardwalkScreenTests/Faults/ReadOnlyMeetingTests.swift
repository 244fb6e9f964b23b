import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 6: a journal, or the folder the minutes go to, made read-only during a meeting.
@Suite(
  "a meeting whose files are made read-only under it", .requiresTmux,
  .enabled(if: ReadOnly.isPossible, "running as root where chattr +i is unavailable"))
struct ReadOnlyMeetingTests {
  @Test(
    "a decision the read-only journal refuses is reported and stays in its editor, and is saved once the journal is writable again",
    .enabled(if: ReadOnly.stopsOpenFiles, "only chattr +i (as root) stops a file already open"))
  func decisionWaitsForWritableJournal() async throws {
    let pane = try MeetingPane.meeting(journal: "journal.jsonl")
    defer { pane.stop() }
    let session = pane.session
    let journal = pane.path("journal.jsonl")
    try pane.run()
    try await session.waitForSavedCount(2, seconds: 30)
    let before = try JournalSnapshot(path: journal)
    try ReadOnly.make(journal, folder: false)
    defer { ReadOnly.restore(journal, folder: false) }
    try session.press("d")
    try session.type("Decided while the journal was read-only")
    try session.press("Enter")
    let refused = try await session.waitForScreen("the status line to say it was not saved") {
      $0.statusLine.contains("could not save")
    }
    #expect(
      refused.statusLine.contains("journal.jsonl: could not save (\(ReadOnly.reason))"),
      "\(refused)")
    #expect(refused.contains("Decided while the journal was read-only"), "\(refused)")
    #expect(refused.contains("┌ Decision"), "the editor is still open:\n\(refused)")
    #expect(try JournalSnapshot(path: journal).bytes == before.bytes)

    ReadOnly.restore(journal, folder: false)
    try session.press("Enter")
    try await session.waitForSavedCount(3)
    #expect(
      try JournalSnapshot(path: journal).entries.last?.text
        == "Decided while the journal was read-only")
  }

  @Test(
    "minutes into a read-only folder are refused with the file and the cause; the minutes already there are left as they were"
  )
  func minutesIntoReadOnlyFolder() async throws {
    let pane = try MeetingPane.meeting(journal: "minutes/journal.jsonl")
    defer { pane.stop() }
    try FileManager.default.createDirectory(
      atPath: pane.path("minutes"), withIntermediateDirectories: false)
    let session = pane.session
    try pane.run()
    try await session.waitForSavedCount(2, seconds: 30)
    try session.press("e")
    try await session.waitForText("Minutes written:")
    let folder = pane.path("minutes")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(
      names == [
        "journal.jsonl", "journal.jsonl.lock", "journal.minutes.full.md",
        "journal.minutes.public.md",
      ])
    let earlier = names.map { FileManager.default.contents(atPath: folder + "/" + $0) }

    try session.press("n")
    try session.type("Noted after the first minutes")
    try session.press("Enter")
    try await session.waitForSavedCount(3)
    try ReadOnly.make(folder, folder: true)
    defer { ReadOnly.restore(folder, folder: true) }
    try session.press("e")
    let refused = try await session.waitForScreen("the status line to say no minutes were written")
    {
      $0.statusLine.contains("Minutes not written")
    }
    #expect(refused.statusLine.contains("minutes/journal.minutes.public.md"), "\(refused)")
    // The status line cuts the message; L shows it whole, with the cause.
    try session.press("L")
    let whole = try await session.waitForText("Message (a problem)")
    #expect(whole.contains(ReadOnly.reason), "\(whole)")
    try session.press("Escape")
    ReadOnly.restore(folder, folder: true)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == names)
    // The journal has one entry more; the lock and the minutes are as they were.
    #expect(
      Array(names.map { FileManager.default.contents(atPath: folder + "/" + $0) }.dropFirst())
        == Array(earlier.dropFirst()))
  }
}
