import Foundation
import Testing

/// Issue 6: a plan file that changes on disk during a meeting is detected, reported, and
/// never silently mixed in; `apply` and `minutes` refuse it afterwards, naming it.
@Suite("a plan file that changes on disk during a meeting", .requiresTmux)
struct PlanChangedOnDiskTests {
  enum Change: String, Sendable, CaseIterable, CustomStringConvertible {
    case appendedByte = "one byte appended"
    case rewritten = "rewritten with a new title for 1.1"

    var description: String { rawValue }

    static let oldTitle = "Communicate transparently agreed timescales for service responses"
    static let newTitle = "REWRITTEN while the meeting ran"

    func make(_ path: String) throws {
      switch self {
      case .appendedByte:
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
      case .rewritten:
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(Self.oldTitle))
        try text.replacing(Self.oldTitle, with: Self.newTitle)
          .write(toFile: path, atomically: true, encoding: .utf8)
      }
    }
  }

  @Test(
    "the header turns into a warning naming the file within seconds; the meeting goes on with the plans as loaded; apply and minutes refuse, naming the file",
    arguments: Change.allCases)
  func changedPlanIsReportedAndRefused(_ change: Change) async throws {
    let pane = try MeetingPane.meeting()
    defer { pane.stop() }
    let session = pane.session
    let plan = pane.planPath
    let journal = pane.path("journal.jsonl")
    try pane.run()
    try await session.waitForSavedCount(2, seconds: 30)
    try session.press("n")
    try session.type("Noted before the plan changed")
    try session.press("Enter")
    try await session.waitForSavedCount(3)

    try change.make(plan)
    let changed = try await session.waitForScreen(
      "the header to report \(plan) changed on disk", seconds: 10
    ) {
      $0.lines.count > 1 && $0.lines[1].contains("changed on disk")
    }
    #expect(changed.lines[1].contains(MeetingPane.planName), "\(changed)")
    #expect(changed.statusLine.contains("changed on disk"), "\(changed)")

    // The meeting goes on, on the plans as loaded, and the warning keeps the saved count first.
    try session.press("n")
    try session.type("Noted after the plan changed")
    try session.press("Enter")
    try await session.waitForSavedCount(4)
    let after = try await session.waitForText("• Note: Noted after the plan changed")
    #expect(after.showsItem("1.1"), "\(after)")
    #expect(after.contains(Change.oldTitle), "\(after)")
    #expect(!after.contains(Change.newTitle), "\(after)")
    #expect(after.lines[1].contains("changed on disk"), "the warning stays:\n\(after)")
    let entries = try JournalSnapshot(path: journal).entries
    #expect(entries.count == 4)
    #expect(entries.last?.text == "Noted after the plan changed")
    try session.press("q", "q")
    try await ProcessEnd.wait(for: try await pane.appPID(), seconds: 30, session: session)

    let planBytes = FileManager.default.contents(atPath: plan)
    let journalBytes = FileManager.default.contents(atPath: journal)
    let apply = try pane.command(["apply", "--journal", journal])
    #expect(apply.exit.status == 1, "\(apply)")
    #expect(apply.errorOutput.contains("apply refused"), "\(apply)")
    #expect(apply.errorOutput.contains("\(plan) changed since the meeting started"), "\(apply)")
    #expect(FileManager.default.contents(atPath: plan) == planBytes, "apply wrote the plan")
    #expect(FileManager.default.contents(atPath: journal) == journalBytes)
    #expect(
      try !FileManager.default.contentsOfDirectory(atPath: pane.folder.path).contains {
        $0.contains(".bak-")
      })

    let minutes = try pane.command(["minutes", "--journal", journal])
    #expect(minutes.exit.status == 1, "\(minutes)")
    #expect(minutes.errorOutput.contains("\(plan) changed since the meeting started"), "\(minutes)")
    #expect(minutes.errorOutput.contains("--use-changed-plans"), "\(minutes)")
    #expect(minutes.output.isEmpty, "\(minutes)")

    let mixed = try pane.command(["minutes", "--journal", journal, "--use-changed-plans"])
    #expect(mixed.exit.status == 0, "\(mixed)")
    #expect(
      mixed.errorOutput.contains("warning: \(plan) changed since the meeting started"), "\(mixed)")
    #expect(mixed.output.contains("Noted after the plan changed"), "\(mixed)")
  }
}
