import BoardwalkTestSupport
import Foundation
import SnapshotTesting
import Testing

/// Issue 14, a board's year end to end on Hull's plan: a board of six voting members with a
/// quorum of four meets six times. Five meetings are scripted with `boardwalk record`, the
/// fifth is run under tmux with the keyboard; each is applied to the plan before the next.
/// Meeting 3 is inquorate (three apologies); a board action is carried forward twice and
/// done; meeting 2 agrees meeting 1's minutes with a correction; an item is taken in private
/// under paragraph 3 of Schedule 12A; action 1.1's rating changes from meeting to meeting.
/// Each meeting's minutes are read by cmark-gfm and compared with
/// `__Snapshots__/BoardYearTests` (a missing snapshot is recorded and that run fails, so each
/// is read before it is trusted).
@Suite("a board's year, six meetings", .requiresTmux)
struct BoardYearTests {
  static let days = [
    "2026-01-20", "2026-03-17", "2026-05-19", "2026-07-21", "2026-09-22", "2026-11-17",
  ]
  static let members = [
    "Cllr Amina Patel", "Dr Tom Okafor", "Jo Smith", "Sam Lee", "Priya Shah", "Ken Adeyemi",
  ]

  static let boardFile = """
    {
      "format": "boardwalk-board/1",
      "name": "Hull SEND Improvement Board",
      "minutePrefix": "HSIB",
      "quorum": 4,
      "members": [
        { "name": "Cllr Amina Patel", "role": "Chair", "organisation": "Independent" },
        { "name": "Dr Tom Okafor", "role": "Member", "organisation": "ICB" },
        { "name": "Jo Smith", "role": "Member", "organisation": "Parent Carer Forum" },
        { "name": "Sam Lee", "role": "Member", "organisation": "Council" },
        { "name": "Priya Shah", "role": "Member", "organisation": "Schools" },
        { "name": "Ken Adeyemi", "role": "Member", "organisation": "Health" },
        { "name": "Lee Ward", "role": "Programme officer", "organisation": "Council", "voting": false }
      ]
    }
    """

  /// What each meeting records, after `start` and before `apply`.
  static func script(_ meeting: Int) -> [[String]] {
    let attendance: [[String]] = members.enumerated().map { index, name in
      // Meeting 3: three apologies leave three of six, under the quorum of four.
      let away = meeting == 3 && index >= 3
      return ["attendance", "--name", name, "--as", away ? "apologies" : "present"]
    }
    var entries = attendance
    switch meeting {
    case 1:
      entries += [
        [
          "declaration", "--name", "Jo Smith", "--interest", "Parent of a child with an EHC plan",
          "--action", "1.1",
        ],
        ["status", "--action", "1.1", "--to", "not-due", "--reason", "Reset after the inspection"],
        [
          "board-action", "--text", "Report on EP recruitment", "--owner", "Sam Lee", "--due",
          "2026-03", "--action", "1.1",
        ],
      ]
    case 2:
      entries += [
        [
          "approve-minutes", "--meeting", "2026-01-20", "--correction",
          "HSIB/2026/2: Jo Smith stayed in the room.",
        ],
        [
          "review-action", "--id", "2026-01-20/1", "--outcome", "carried", "--due", "2026-05",
          "--text", "Recruitment round extended",
        ],
        ["status", "--action", "1.1", "--to", "some-concerns", "--reason", "Locums slow to start"],
      ]
    case 3:
      entries += [
        ["approve-minutes", "--meeting", "2026-03-17"],
        [
          "review-action", "--id", "2026-01-20/1", "--outcome", "carried", "--due", "2026-07",
          "--text", "Interviews in June",
        ],
        ["confidential", "--action", "1.2", "--yes", "--paragraph", "3"],
        ["note", "--action", "1.2", "--text", "Contract with the provider under review"],
      ]
    case 4:
      entries += [
        ["approve-minutes", "--meeting", "2026-05-19"],
        [
          "review-action", "--id", "2026-01-20/1", "--outcome", "done", "--text", "Report received",
        ],
        ["status", "--action", "1.1", "--to", "on-track", "--reason", "Backlog cleared"],
      ]
    case 6:
      entries += [["approve-minutes", "--meeting", "2026-09-22"]]
    default:
      break
    }
    return entries
  }

  @Test(
    "six meetings: quorum, the action log carried and closed, minutes agreed and approved, 1.1's trend"
  )
  func year() async throws {
    let pane = try MeetingPane.prepare(
      arguments: { plan in ["meet", plan, "--today", "2026-09-22"] }, width: 120, height: 36)
    defer { pane.stop() }
    try Self.boardFile.write(toFile: pane.path("board.jsonc"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: pane.path("meetings"), withIntermediateDirectories: true)
    for (offset, day) in Self.days.enumerated() {
      let meeting = offset + 1
      let journal = pane.path("meetings/\(day).jsonl")
      if meeting == 5 {
        try await Self.keyboardMeeting(pane)
      } else {
        let start = try pane.command([
          "record", "--journal", journal, "start", pane.planPath, "--today", day,
        ])
        #expect(start.exit.status == 0, "\(start)")
        for entry in Self.script(meeting) {
          let result = try pane.command(["record", "--journal", journal] + entry)
          #expect(result.exit.status == 0, "meeting \(meeting): \(entry): \(result)")
        }
      }
      let apply = try pane.command(["apply", "--journal", journal])
      #expect(apply.exit.status == 0, "meeting \(meeting): \(apply)")
    }

    let listed = try pane.command(["meetings", "--board", pane.path("board.jsonc")])
    #expect(listed.exit.status == 0, "\(listed)")
    // Each meeting's minutes agreed at the next (the fifth's under tmux with m); the last are
    // still a draft.
    let rows = listed.output.split(separator: "\n").map(String.init)
    for (offset, day) in Self.days.enumerated() {
      let row = rows.first { $0.hasPrefix(day) } ?? ""
      let status =
        offset + 1 < Self.days.count ? "approved \(Self.days[offset + 1])" : "draft minutes"
      #expect(row.contains(status), "\(listed.output)")
    }

    // 1.1 was rated at meetings 1, 2, 4 and 5: not due (N), some concerns (A), on track (G),
    // and at the fifth, under tmux, some concerns again.
    let history = try pane.command([
      "summary", pane.planPath, "--history", "6", "--today", "2026-11-30", "--format", "json",
    ])
    #expect(history.exit.status == 0, "\(history)")
    // Each meeting's minutes: Markdown cmark-gfm reads, as a council board's minutes read.
    var minutes: [String] = []
    for (offset, day) in Self.days.enumerated() {
      let written = try pane.command(["minutes", "--journal", pane.path("meetings/\(day).jsonl")])
      #expect(written.exit.status == 0, "\(day): \(written)")
      _ = try CmarkGFM.html(written.output)
      withSnapshotTesting(record: .missing) {
        assertSnapshot(of: written.output, as: .lines, named: "meeting-\(offset + 1)-\(day)")
      }
      minutes.append(written.output)
    }
    // Meeting 1, approved at meeting 2 with a correction: no DRAFT, the correction under the
    // minute it changes, the chair's signature, and the same bytes when written again.
    #expect(minutes[0].hasPrefix("# Minutes: Hull SEND Improvement Board, 20 Jan 2026"))
    #expect(!minutes[0].contains("DRAFT"))
    #expect(
      minutes[0].contains(
        "**Correction agreed on 17 Mar 2026:** Jo Smith stayed in the room."), "\(minutes[0])")
    #expect(minutes[0].contains("Signed …………………………………………………… Chair"))
    let again = try pane.command([
      "minutes", "--journal", pane.path("meetings/\(Self.days[0]).jsonl"),
    ])
    #expect(again.output == minutes[0])
    // Meeting 3: three apologies, not quorate; an item taken in private under paragraph 3.
    #expect(
      minutes[2].contains("**Quorum:** NOT QUORATE: 3 of 6 voting members present (quorum 4)"))
    #expect(minutes[2].contains("as defined in paragraph 3 of Part 1 of Schedule 12A to the Act."))
    #expect(!minutes[2].contains("Contract with the provider under review"), "public minutes")
    // The board action: carried forward twice (meetings 2 and 3), done at meeting 4.
    #expect(
      minutes[2].contains(
        "| 2026-01-20/1 | Report on EP recruitment | Sam Lee | Jul 2026 | HSIB/2026/5 | 2 | Carried forward to Jul 2026: Interviews in June |"
      ), "\(minutes[2])")
    #expect(
      minutes[3].contains(
        "| 2026-01-20/1 | Report on EP recruitment | Sam Lee | Jul 2026 | HSIB/2026/5 | 2 | Done: Report received |"
      ), "\(minutes[3])")
    // The last meeting's minutes wait for the next meeting to agree them.
    #expect(minutes[5].hasPrefix("# DRAFT minutes: Hull SEND Improvement Board, 17 Nov 2026"))

    // The trend a board looks at, in the detail pane: 1.1's ratings at the last meetings.
    let viewer = try TmuxSession.start(width: 120, height: 40, in: pane.folder, remainOnExit: true)
    defer { viewer.kill() }
    let script = AppLaunch(arguments: [pane.planPath, "--today", "2026-11-30"]).script(
      binary: try BinaryLocator.boardwalk(besides: .module), pidFile: pane.path("viewer.pid"))
    try script.write(toFile: pane.path("viewer.sh"), atomically: true, encoding: .utf8)
    try viewer.command([
      "respawn-pane", "-k", "-t", viewer.target, "-c", pane.folder.path, "sh viewer.sh",
    ])
    let detail = try await viewer.waitForText("Trend:", seconds: 30)
    // Not due (N) at meeting 1, some concerns (A) at 2, on track (G) at 4, some concerns (A)
    // at 5, from the meetings' dated updates.
    #expect(detail.contains("N A G A (oldest to latest)"), "\(detail)")
    let plan = try String(contentsOfFile: pane.planPath, encoding: .utf8)
    #expect(plan.contains("Board meeting 2026-01-20: Status changed from"))
    #expect(
      plan.contains(
        "Board meeting 2026-09-22: Status changed from On track no concerns to On track some concerns"
      ))
  }

  /// Meeting 5 on the screen: attendance with `w` (all six present), the previous minutes
  /// agreed with `m`, 1.1's status changed with `s`.
  static func keyboardMeeting(_ pane: MeetingPane) async throws {
    try pane.run()
    let opened = try await pane.session.waitForText("attendance not taken (w)", seconds: 30)
    #expect(opened.contains("Hull SEND Improvement Board"), "\(opened)")
    try pane.session.press("w")
    for _ in members { try pane.session.press("p") }
    _ = try await pane.session.waitForText("quorate 6/6")
    try pane.session.press("Escape")
    try pane.session.press("m")
    try pane.session.press("Enter")
    _ = try await pane.session.waitForText("agreed as a correct record: saved")
    // The agenda opens on 1.1 (Hull's first area, amber-or-worse first), now on track.
    try pane.session.press("s")
    _ = try await pane.session.waitForText("New status")
    try pane.session.press("Up")
    try pane.session.press("Enter")
    try pane.session.type("Backlog rising again")
    try pane.session.press("Enter")
    _ = try await pane.session.waitForText(": saved")
    try pane.session.press("q")
    _ = try await pane.session.waitForText("Filter:")
    try pane.session.press("q")
    try await pane.session.waitUntilEnded()
  }
}
