import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 10: plan paths in the journal were relative to the folder the meeting started in,
/// so `minutes` or `apply` run elsewhere failed, or wrote a same-named copy. They are
/// recorded from the journal's own folder.
@Suite("a journal names its plans from its own folder")
struct JournalPathsTests {
  @Test("a plan beside, below and beside the journal's folder")
  func recorded() throws {
    let folder = try ScratchFolder("meeting-paths")
    defer { folder.remove() }
    let journal = try folder.write("board/meetings/2026-11-22.jsonl", text: "")
    let paths = JournalPaths(journal: journal)
    let beside = try folder.write("board/meetings/plan.json", text: "{}")
    let below = try folder.write("board/meetings/plans/a.json", text: "{}")
    let elsewhere = try folder.write("board/plans/b.json", text: "{}")
    #expect(paths.recorded(beside) == "plan.json")
    #expect(paths.recorded(below) == "plans/a.json")
    #expect(paths.recorded(elsewhere) == "../plans/b.json")
    let real = try #require(realpath(folder.path, nil))
    defer { free(real) }
    let top = String(cString: real)
    #expect(paths.resolved("../plans/b.json") == top + "/board/plans/b.json")
    #expect(paths.resolved("/etc/hosts") == "/etc/hosts")
  }

  @Test("a plan given through a link is recorded as the link, not where it points")
  func linkStaysALink() throws {
    let folder = try ScratchFolder("meeting-paths")
    defer { folder.remove() }
    let journal = folder.file("meeting.jsonl")
    try folder.write("versions/plan-v3.json", text: "{}")
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("plan.json"), withDestinationPath: "versions/plan-v3.json")
    #expect(JournalPaths(journal: journal).recorded(folder.file("plan.json")) == "plan.json")
  }
}
