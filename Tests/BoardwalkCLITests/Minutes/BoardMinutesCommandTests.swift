import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 14: `boardwalk minutes` for a meeting kept in a board's folder writes the board's
/// minutes, from meetings recorded with `boardwalk record`: numbered minutes, the board's
/// action log carried from meeting to meeting, DRAFT until the next meeting approves them,
/// then approved, with the correction and the chair's signature line, the same bytes each
/// time.
@Suite("boardwalk minutes for a board's meeting")
struct BoardMinutesCommandTests {
  /// A board folder: `board.jsonc` (six voting members, quorum four, prefix NSIB), the
  /// Northbrook plan and `meetings/`.
  struct BoardFolder {
    let folder: ScratchFolder
    var plan: String { folder.file("plan.json") }

    static let members = [
      "Cllr Amina Patel", "Dr Tom Okafor", "Sarah Lind", "Jo Fenwick", "Priya Shah", "Mark Doyle",
    ]

    init() throws {
      folder = try ScratchFolder("cli-board-minutes")
      try FileManager.default.copyItem(
        atPath: PackagePaths.sampleData + "/demo-northbrook-fictional.json", toPath: plan)
      try FileManager.default.createDirectory(
        atPath: folder.file("meetings"), withIntermediateDirectories: true)
      let members = Self.members.map { #"{ "name": "\#($0)" }"# }.joined(separator: ", ")
      _ = try folder.write(
        "board.jsonc",
        text: """
          // A board of six.
          {
            "format": "boardwalk-board/1",
            "name": "Northbrook SEND Improvement Board",
            "minutePrefix": "NSIB",
            "quorum": 4,
            "members": [\(members)]
          }
          """)
    }

    func journal(_ day: String) -> String { folder.file("meetings/\(day).jsonl") }

    /// Records each entry in the meeting of `day`, expecting each to be saved.
    func record(_ day: String, _ entries: [[String]]) throws {
      for arguments in entries {
        let result = try CommandRunner.run(["record", "--journal", journal(day)] + arguments)
        #expect(result.status == 0, "\(arguments): \(result)")
      }
    }

    /// The meeting of `day` opened with these members present.
    func open(_ day: String, present: [String], agenda: String? = nil) throws {
      try record(
        day,
        [["start", plan, "--today", day] + (agenda.map { ["--agenda", $0] } ?? [])]
          + present.map { ["attendance", "--name", $0, "--as", "present"] })
    }

    func minutes(_ day: String, _ extra: [String] = []) throws -> CommandResult {
      let result = try CommandRunner.run(["minutes", "--journal", journal(day)] + extra)
      #expect(result.status == 0, "\(result)")
      return result
    }
  }

  /// The first meeting: quorate, a declaration, APA1.1 discussed with a board action
  /// arising, APA1.2 walked through, APA1.7 taken in confidence.
  static func firstMeeting(_ board: BoardFolder) throws {
    try board.open("2026-09-20", present: Array(BoardFolder.members.prefix(4)), agenda: "area:APA1")
    try board.record(
      "2026-09-20",
      [
        ["attendance", "--name", "Priya Shah", "--as", "apologies"],
        [
          "declaration", "--name", "Dr Tom Okafor", "--interest", "Governor at Larkspur Vale",
          "--action", "APA1.7", "--left-room",
        ],
        ["moved", "--action", "APA1.1"], ["note", "--action", "APA1.1", "--text", "Backlog at 88"],
        [
          "board-action", "--text", "Report on EP recruitment", "--owner", "Head of SEND",
          "--due", "2026-11", "--action", "APA1.1",
        ],
        ["moved", "--action", "APA1.2"],
        ["moved", "--action", "APA1.7"], ["confidential", "--action", "APA1.7", "--yes"],
        ["note", "--action", "APA1.7", "--text", "The academy has gone to the Ombudsman"],
      ])
  }

  @Test(
    "meeting 2 approves meeting 1 with a correction: meeting 1's minutes are approved, with the correction and the signature line, and the same bytes each time"
  )
  func approvedTwice() throws {
    let board = try BoardFolder()
    defer { board.folder.remove() }
    try Self.firstMeeting(board)
    let draft = try board.minutes("2026-09-20").output
    #expect(draft.hasPrefix("# DRAFT minutes: Northbrook SEND Improvement Board, 20 Sep 2026\n"))
    #expect(draft.contains("## NSIB/2026/5 APA1.1: Clear the backlog"))
    #expect(draft.contains("The Board noted the update."))
    #expect(!draft.contains("Signed "))
    try board.open("2026-11-22", present: Array(BoardFolder.members.prefix(3)))
    try board.record(
      "2026-11-22",
      [
        [
          "approve-minutes", "--meeting", "2026-09-20", "--correction",
          "NSIB/2026/5: Backlog at 86",
        ],
        [
          "review-action", "--id", "2026-09-20/1", "--outcome", "carried", "--due", "2027-01",
          "--text", "Round extended",
        ],
      ])
    let once = board.folder.file("once.md")
    let again = board.folder.file("again.md")
    _ = try board.minutes("2026-09-20", ["-o", once])
    _ = try board.minutes("2026-09-20", ["-o", again])
    let bytes = try Data(contentsOf: URL(fileURLWithPath: once))
    #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: again))))
    let approved = String(decoding: bytes, as: UTF8.self)
    #expect(approved.hasPrefix("# Minutes: Northbrook SEND Improvement Board, 20 Sep 2026\n"))
    #expect(!approved.contains("DRAFT"))
    #expect(approved.contains("**Correction agreed on 22 Nov 2026:** Backlog at 86\n"))
    #expect(approved.contains("Signed …………………………………………………… Chair"))
    #expect(approved.contains("**Quorum:** Quorate: 4 of 6 voting members present (quorum 4)"))
    for format in ["docx", "html"] {
      let first = board.folder.file("once.\(format)")
      let second = board.folder.file("again.\(format)")
      _ = try board.minutes("2026-09-20", ["--format", format, "-o", first, "--full"])
      _ = try board.minutes("2026-09-20", ["--format", format, "-o", second, "--full"])
      #expect(
        try Data(contentsOf: URL(fileURLWithPath: first))
          == Data(contentsOf: URL(fileURLWithPath: second)), "\(format)")
    }
    let listed = try CommandRunner.run(
      ["meetings"], in: URL(fileURLWithPath: board.folder.path))
    #expect(
      listed.outputLines.contains { $0.hasPrefix("2026-09-20  approved 2026-11-22") },
      "\(listed.output)")
    #expect(
      listed.outputLines.contains { $0.hasPrefix("2026-11-22  draft minutes") }, "\(listed.output)")
    let second = try board.minutes("2026-11-22").output
    #expect(second.contains("**Quorum:** NOT QUORATE: 3 of 6 voting members present (quorum 4)"))
    #expect(
      second.contains(
        "The minutes of the meeting held on 20 Sep 2026 (NSIB/2026/1 to NSIB/2026/9) were agreed as a correct record, with these corrections:"
      ))
  }

  @Test(
    "cmark-gfm reads the approved public minutes: every minute a heading, tables whole, the confidential item withheld",
    .requires(.cmark))
  func approvedMarkdownRenders() throws {
    let board = try BoardFolder()
    defer { board.folder.remove() }
    try Self.firstMeeting(board)
    try board.open("2026-11-22", present: BoardFolder.members)
    try board.record("2026-11-22", [["approve-minutes", "--meeting", "2026-09-20"]])
    let markdown = try board.minutes("2026-09-20").output
    let html = try CmarkGFM.html(markdown)
    let counts = html.elementCounts
    #expect(counts["h1"] == 1)
    // Nine minutes, the exclusion, status summary, plan exceptions, new plan actions, approval.
    #expect(counts["h2"] == 14)
    #expect(counts["a"] == nil)
    for table in html.tables {
      for row in table.rows { #expect(row.count == table.header.count) }
    }
    let text = html.text
    #expect(text.contains("NSIB/2026/9 Confidential item"))
    #expect(text.contains("Schedule 12A to the Act"))
    #expect(!text.contains("Ombudsman"))
    #expect(!text.contains("DRAFT"))
  }

  @Test(
    "a board action carried forward twice, then done: each meeting's action log shows the count and the decision"
  )
  func carriedTwiceThenDone() throws {
    let board = try BoardFolder()
    defer { board.folder.remove() }
    try Self.firstMeeting(board)
    let id = "2026-09-20/1"
    for (day, review) in [
      ("2026-11-22", ["--outcome", "carried", "--due", "2027-01", "--text", "Round extended"]),
      ("2027-01-24", ["--outcome", "carried", "--due", "2027-03", "--text", "Panel postponed"]),
      ("2027-03-21", ["--outcome", "done", "--text", "Two EPs appointed"]),
    ] {
      try board.open(day, present: BoardFolder.members)
      try board.record(day, [["review-action", "--id", id] + review])
    }
    let row = "| \(id) | Report on EP recruitment | Head of SEND |"
    #expect(
      try board.minutes("2026-11-22").output.contains(
        "\(row) Jan 2027 | NSIB/2026/5 | 1 | Carried forward to Jan 2027: Round extended |"))
    #expect(
      try board.minutes("2027-01-24").output.contains(
        "\(row) Mar 2027 | NSIB/2026/5 | 2 | Carried forward to Mar 2027: Panel postponed |"))
    let last = try board.minutes("2027-03-21").output
    #expect(last.contains("\(row) Mar 2027 | NSIB/2026/5 | 2 | Done: Two EPs appointed |"))
    #expect(last.contains("## NSIB/2027/7 Welcome, apologies and quorum"))
  }

  @Test(
    "the plan exceptions are the red, amber and overdue actions on the meeting's agenda, not every loaded plan's"
  )
  func exceptionsOnTheAgenda() throws {
    let board = try BoardFolder()
    defer { board.folder.remove() }
    try Self.firstMeeting(board)
    let minutes = try board.minutes("2026-09-20").output
    let start = try #require(
      minutes.range(
        of: "## Plan exceptions: red, amber and overdue plan actions on the agenda\n"))
    let end = try #require(minutes.range(of: "## New plan actions"))
    let rows = minutes[start.upperBound..<end.lowerBound].split(separator: "\n").filter {
      $0.hasPrefix("| demo-northbrook |")
    }
    let ids = Set(
      rows.map { String($0.split(separator: "|")[1].trimmingCharacters(in: .whitespaces)) })
    // The agenda, area:APA1, is APA1's actions and those serving it through links.
    let agenda = try CommandRunner.run([
      "list", board.plan, "--filter", "area:APA1", "--format", "csv", "--today", "2026-09-20",
    ])
    #expect(ids == ["APA1.1", "APA1.2", "APA1.4", "APA1.6", "AfI1.2", "AfI2.1"])
    #expect(ids.allSatisfy { agenda.output.contains(",\($0),") }, "\(agenda.output)")
    // Red and overdue, but not on the agenda.
    #expect(!ids.contains("APA2.2") && !ids.contains("AfI3.1"))
    #expect(minutes.contains("1 confidential action is not listed."))
  }

  @Test(
    "the exclusion resolution cites the paragraph of Schedule 12A given; any other business is minuted with its decision"
  )
  func exemptParagraphAndOtherBusiness() throws {
    let board = try BoardFolder()
    defer { board.folder.remove() }
    try board.open("2026-09-20", present: Array(BoardFolder.members.prefix(4)), agenda: "area:APA1")
    try board.record(
      "2026-09-20",
      [
        ["moved", "--action", "APA1.7"],
        ["confidential", "--action", "APA1.7", "--yes", "--paragraph", "3"],
        ["note", "--action", "APA1.7", "--text", "The academy has gone to the Ombudsman"],
        [
          "aob", "--title", "Monitoring visit", "--text", "DfE visit set for March", "--decision",
          "The chair meets the adviser first",
        ],
      ])
    let minutes = try board.minutes("2026-09-20").output
    #expect(
      minutes.contains(
        "as defined in paragraph 3 of Part 1 of Schedule 12A to the Act."), "\(minutes)")
    #expect(
      minutes.contains(
        "**AOB1 Monitoring visit.** DfE visit set for March **Decision:** The chair meets the adviser first"
      ), "\(minutes)")
    #expect(!minutes.contains("No other business was raised."))
  }

  @Test(
    "a meeting's minutes written after later meetings were applied to the plan read the version it started from"
  )
  func minutesAfterLaterApplies() throws {
    let board = try BoardFolder()
    defer { board.folder.remove() }
    try Self.firstMeeting(board)
    try board.record(
      "2026-09-20", [["status", "--action", "APA1.1", "--to", "amber", "--reason", "Locums"]])
    let before = try board.minutes("2026-09-20").output
    let first = try CommandRunner.run(["apply", "--journal", board.journal("2026-09-20")])
    #expect(first.status == 0, "\(first)")
    try board.open("2026-11-22", present: Array(BoardFolder.members.prefix(4)))
    try board.record(
      "2026-11-22", [["status", "--action", "APA1.1", "--to", "green", "--reason", "Cleared"]])
    let second = try CommandRunner.run(["apply", "--journal", board.journal("2026-11-22")])
    #expect(second.status == 0, "\(second)")
    // The plan has changed twice since the first meeting began: its minutes read the backup
    // the first apply kept, which is what that meeting saw, and say the same as before.
    let after = try CommandRunner.run(["minutes", "--journal", board.journal("2026-09-20")])
    #expect(after.status == 0, "\(after)")
    #expect(after.errorOutput.contains("the version the meeting started from"), "\(after)")
    #expect(after.output == before)
  }

  @Test("the header gives the meeting's time, venue and minute-taker from its details")
  func timeAndVenue() throws {
    let board = try BoardFolder()
    defer { board.folder.remove() }
    try board.open("2026-09-20", present: Array(BoardFolder.members.prefix(4)))
    try board.record(
      "2026-09-20",
      [
        [
          "details", "--time", "14:00", "--venue", "Room 3, Guildhall", "--minute-taker",
          "Lee Ward",
        ]
      ])
    let minutes = try board.minutes("2026-09-20").output
    #expect(minutes.contains("**Time:** 14:00<br>"), "\(minutes)")
    #expect(minutes.contains("**Venue:** Room 3, Guildhall<br>"))
    #expect(minutes.contains("**Minute-taker:** Lee Ward<br>"))
  }
}
