import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 15, a board's cycle end to end on the Hull plan: three leads send returns and one
/// does not; the officer's `returns` names the missing one and `pack` carries the proposals;
/// in the meeting (under tmux, with the keyboard) the board accepts one proposal with `a`
/// and does not accept another with `A` and a reason; `apply` writes the accepted status and
/// the decisions into the plan.
@Suite("a return cycle, from the leads to the plan", .requiresTmux)
struct ReturnCycleTests {
  @Test("returns, pack, the meeting's a and A, and apply")
  func cycle() async throws {
    let pane = try MeetingPane.meeting()
    defer { pane.stop() }
    let returns = pane.path("returns")
    let common = [pane.planPath, "--today", PackagePaths.sampleToday, "--returns", returns]
    for (owner, entry) in [
      (
        "Assistant Director Learning and Skills",
        ["--action", "1.1", "--propose-status", "on-track", "--reason", "Timescales published"]
      ),
      (
        "Head of Performance and Quality",
        ["--action", "1.2", "--propose-due", "2027-03-31", "--reason", "Panel starts in January"]
      ),
    ] {
      let update = try pane.command(["update"] + common + ["--owner", owner] + entry)
      #expect(update.exit.status == 0, "\(update)")
    }

    // The third lead writes on the screen, with the keyboard, in a pane of their own.
    let lead = try TmuxSession.start(width: 100, height: 30, in: pane.folder, remainOnExit: true)
    defer { lead.kill() }
    let script = AppLaunch(
      arguments: ["update"] + common + ["--owner", "Assistant Director Safeguarding"]
    ).script(binary: try BinaryLocator.boardwalk(besides: .module), pidFile: pane.path("lead.pid"))
    try script.write(toFile: pane.path("lead.sh"), atomically: true, encoding: .utf8)
    try lead.command([
      "respawn-pane", "-k", "-t", lead.target, "-c", pane.folder.path, "sh lead.sh",
    ])
    let opening = try await lead.waitForText("0 of 8 open actions updated", seconds: 30)
    #expect(opening.contains("Filter: owner:\"Assistant Director Safeguarding\" status:open"))
    try lead.press("u")
    try lead.type("Hub opened in October")
    try lead.press("Enter")
    _ = try await lead.waitForText("Progress on 2.1: saved")
    try lead.press("r")
    _ = try await lead.waitForText("Propose a status for 2.1")
    try lead.press("Up")
    try lead.press("Enter")
    try lead.type("Families wait longer than planned")
    try lead.press("Enter")
    let proposed = try await lead.waitForText("Status proposed on 2.1: saved")
    #expect(proposed.contains("progress: Hub opened in October"), "\(proposed)")
    try lead.press("q")
    try await lead.waitUntilEnded()
    let written = try String(
      contentsOfFile: returns + "/2026-11/assistant-director-safeguarding.jsonl", encoding: .utf8)
    #expect(
      written.contains(
        #""type":"progress","plan":"hull-send-2024","action":"2.1","text":"Hub opened in October""#)
    )
    #expect(
      written.contains(
        #""type":"propose-status","plan":"hull-send-2024","action":"2.1","to":"some-concerns","reason":"Families wait longer than planned""#
      ), "\(written)")

    let report = try pane.command(["returns"] + common)
    #expect(report.exit.status == 0, "\(report)")
    #expect(report.output.contains("Head of Service (SEND): no return"), "\(report.output)")

    let pack = try pane.command(["pack"] + common)
    #expect(pack.exit.status == 0, "\(pack)")
    #expect(pack.output.contains("## Decisions the board is asked to take"))
    #expect(
      pack.output.contains(
        "status On track some concerns → On track no concerns: Timescales published"))
    #expect(pack.output.contains("- Head of Service (SEND):"))

    // The meeting runs in the folder, and reads ./returns there.
    try pane.run()
    let opened = try await pane.session.waitForText("The leads' returns", seconds: 30)
    #expect(opened.contains("1.1"), "\(opened)")
    try await pane.session.waitForSavedCount(2)
    try pane.session.press("a")
    try await pane.session.waitForSavedCount(4)
    try pane.session.press("]")
    try await pane.session.waitForSavedCount(5)
    _ = try await pane.session.waitForText("Head of Performance and Quality's return")
    try pane.session.press("A")
    try pane.session.type("Not before the budget is set")
    try pane.session.press("Enter")
    try await pane.session.waitForSavedCount(6)
    // q leaves the meeting for the main screen; q again quits.
    try pane.session.press("q")
    _ = try await pane.session.waitForText("Filter:")
    try pane.session.press("q")
    // apply waits for the meeting to be closed: the pane's program has ended.
    try await pane.session.waitUntilEnded()

    let apply = try pane.command(["apply", "--journal", pane.path("journal.jsonl")])
    #expect(apply.exit.status == 0, "\(apply)")
    let plan = try String(contentsOfFile: pane.planPath, encoding: .utf8)
    #expect(plan.contains("Accepted: Assistant Director Learning and Skills's return of"))
    #expect(plan.contains("Not accepted: Head of Performance and Quality's return of"))
    #expect(plan.contains("Reason: Not before the budget is set"))
    let listed = try pane.command([
      "list", pane.planPath, "--filter", "status:on-track", "--format", "json",
    ])
    #expect(listed.output.contains("\"id\":\"1.1\""), "\(listed.output)")
  }
}
