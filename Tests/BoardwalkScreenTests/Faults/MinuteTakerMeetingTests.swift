import Foundation
import Testing

/// Issue 4's "Done means", end to end: a meeting of the Hull plan run under tmux as a
/// minute-taker would, killed without warning, resumed with nothing lost, and its minutes
/// exported, public and full, as clean GFM tables.
@Suite("a minute-taker's meeting of the Hull plan, killed and resumed", .requiresTmux)
struct MinuteTakerMeetingTests {
  static let note = "Timescales now on the Local Offer | families told by `email` <b>weekly</b>"
  static let reasonBetter = "Timescales published and met since June"
  static let decision = "Publish response times every month"
  static let reasonWorse = "Framework review slipped to the spring"
  static let closure = "Protocol refreshed and in use across the city"
  static let secret = "SECRET-7Q3 placement of a named child breaks down"
  static let newAction = "Audit the complaints | learning loop"
  /// Action 1.4, taken in confidence: its title must not reach the public minutes.
  static let confidentialTitle = "Ensure that there is learning from complaints"

  /// What each step must leave in the journal: type, action, text.
  static let expectedEntries: [(String, String?, String?)] = [
    ("started", nil, nil), ("details", nil, nil), ("details", nil, nil),
    ("note", "1.1", note), ("status", "1.1", reasonBetter), ("decision", "1.1", decision),
    ("moved", "1.2", nil), ("status", "1.2", reasonWorse),
    ("moved", "1.3", nil), ("closure-proposed", "1.3", closure), ("closure-confirmed", "1.3", nil),
    ("moved", "1.4", nil), ("confidential", "1.4", nil), ("note", "1.4", secret),
    ("moved", "1.5", nil), ("raised", "1.7", newAction),
  ]

  @Test(
    "notes, two status changes, a closure, a confidential item and a new action survive kill -9; the minutes render as clean tables and keep the confidential text out of the public file",
    .rendersMinutes)
  func meetingSurvivesAndMinutesRender() async throws {
    let pane = try MeetingPane.meeting()
    defer { pane.stop() }
    let session = pane.session
    try pane.run()
    try await session.waitForText("Meeting started: item 1 of 59", seconds: 30)
    try await session.waitForSavedCount(2)

    // The meeting's details: the chair and who is present.
    // Title, date, time, venue, then the chair; the minute-taker, then who is present.
    try session.press("i", "Tab", "Tab", "Tab", "Tab")
    try session.type("Cllr Jane Doe")
    try session.press("Tab", "Tab")
    try session.type("Cllr Jane Doe; Head of SEND")
    try session.press("C-s")
    try await session.waitForSavedCount(3)
    try await session.waitForText("chair Cllr Jane Doe")

    // Item 1, action 1.1 (amber, some concerns): a note, a status change up, a decision.
    try await Self.write("n", Self.note, saving: 4, session)
    try await session.waitForText("• Note: Timescales now on the Local Offer")
    try session.press("s", "Down", "Enter")
    try await Self.write(nil, Self.reasonBetter, saving: 5, session)
    try await session.waitForText("On track some concerns → On track no concerns ↑ better: saved")
    try await Self.write("d", Self.decision, saving: 6, session)

    // Item 2, action 1.2 (green, on track): a status change down.
    try session.press("]")
    try await session.waitForSavedCount(7)
    try session.press("s", "Up", "Enter")
    try await Self.write(nil, Self.reasonWorse, saving: 8, session)
    try await session.waitForText("On track no concerns → On track some concerns ↓ worse: saved")

    // Item 3, action 1.3: management proposes closure, the board confirms it.
    try session.press("]")
    try await session.waitForSavedCount(9)
    try await Self.write("p", Self.closure, saving: 10, session)
    try await session.waitForText("Closure proposed by management")
    try session.press("C")
    try await session.waitForText("Close 1.3 for good? y / n")
    try session.press("y")
    try await session.waitForSavedCount(11)
    try await session.waitForText("Closed by the board")

    // Item 4, action 1.4: taken in the confidential part, with a note.
    try session.press("]")
    try await session.waitForSavedCount(12)
    try session.press("x")
    try await session.waitForSavedCount(13)
    try await session.waitForText("CONFIDENTIAL: taken in the confidential part of the meeting")
    try await Self.write("n", Self.secret, saving: 14, session)

    // Item 5, action 1.5: a new action in its area (SP1 holds 1.1 to 1.6, so it is 1.7).
    try session.press("]")
    try await session.waitForSavedCount(15)
    try session.press("r")
    try session.type(Self.newAction)
    try session.press("Tab")
    try session.type("Head of SEND; Parent Carer Forum")
    try session.press("Tab")
    try session.type("2027-03")
    try session.press("C-s")
    try await session.waitForSavedCount(16)
    try await session.waitForText("New action 1.7 joins the action log: saved")

    let journal = pane.path("journal.jsonl")
    let before = try JournalSnapshot(path: journal)
    #expect(before.isNumberedInOrder, "\(before)")
    #expect(before.entries.count == Self.expectedEntries.count, "\(before)")
    for (entry, expected) in zip(before.entries, Self.expectedEntries) {
      #expect(entry.type == expected.0, "\(entry)")
      #expect(entry.action == expected.1, "\(entry)")
      if let text = expected.2 { #expect(entry.text == text, "\(entry)") }
    }

    // Killed without warning, then resumed with the same command.
    let signal = try await pane.killApp()
    #expect(signal == 9, "the app died of signal \(signal.map(String.init) ?? "none")")
    try pane.run()
    let resumed = try await session.waitForScreen("the meeting to resume", seconds: 30) {
      $0.statusLine.contains("Meeting resumed at item 5 of 59") && $0.savedEntryCount == 16
    }
    #expect(resumed.showsItem("1.5"), "\(resumed)")
    #expect(resumed.lines.first?.contains("chair Cllr Jane Doe") == true, "\(resumed)")
    for id in ["1.1", "1.2", "1.3", "1.4"] {
      let row = resumed.lines.first { $0.contains(" \(id) ") && $0.hasPrefix("│") }
      #expect(row?.hasPrefix("│✓") == true, "\(id) is marked discussed:\n\(resumed)")
    }
    #expect(try JournalSnapshot(path: journal).bytes == before.bytes, "resuming wrote nothing")
    try session.press("[")
    try await session.waitForSavedCount(17)
    try await session.waitForText("• Note: SECRET-7Q3 placement of a named child")
    #expect(try session.capture().contains("CONFIDENTIAL: taken in the confidential part"))

    // The minutes: from the screen's export key, and from the command line.
    try session.press("e")
    try await session.waitForText(
      "Minutes written: journal.minutes.public.md, journal.minutes.full.md")
    let screenPublic = try Self.read(pane.path("journal.minutes.public.md"))
    let screenFull = try Self.read(pane.path("journal.minutes.full.md"))
    for (visibility, output) in [("--public", "cli-public.md"), ("--full", "cli-full.md")] {
      let result = try pane.command([
        "minutes", "--journal", journal, visibility, "-o", pane.path(output),
      ])
      #expect(result.exit.status == 0, "\(result)")
    }
    #expect(try Self.read(pane.path("cli-public.md")) == screenPublic)
    #expect(try Self.read(pane.path("cli-full.md")) == screenFull)

    let everyone = [
      Self.note, Self.reasonBetter, Self.decision, Self.reasonWorse, Self.closure, Self.newAction,
      "Cllr Jane Doe",
    ]
    for (name, markdown) in [("public", screenPublic), ("full", screenFull)] {
      let file = pane.path("journal.minutes.\(name).md")
      let rendered = try MinutesRendering.html(ofFile: file)
      let tables = rendered.tables
      #expect(tables.count == MarkdownSource.tableCount(markdown), "\(name): one table per table")
      #expect(tables.count >= 2, "\(name): the summary and the new actions at least")
      for table in tables {
        #expect(!table.header.isEmpty, "\(name)")
        for row in table.rows {
          #expect(row.count == table.header.count, "\(name): \(table.header) vs \(row)")
        }
      }
      #expect(MarkdownSource.blankLineAfterEveryTable(markdown), "\(name)")
      for text in everyone {
        #expect(rendered.words.contains(text), "\(name) minutes lack \(text)")
      }
    }
    let publicWords = try MinutesRendering.html(ofFile: pane.path("journal.minutes.public.md"))
      .words
    for withheld in [Self.secret, "SECRET-7Q3", Self.confidentialTitle] {
      #expect(!screenPublic.contains(withheld), "the public minutes hold \(withheld)")
      #expect(!publicWords.contains(withheld), "the rendered public minutes hold \(withheld)")
      #expect(screenFull.contains(withheld), "the full minutes lack \(withheld)")
    }
    #expect(screenPublic.contains("A confidential item was taken"))
    #expect(screenFull.contains("not for publication"))
  }

  /// Opens an editor with `key` (none when one is open already), types `text`, saves it with
  /// Enter, and waits until the header counts `count` entries saved.
  static func write(_ key: String?, _ text: String, saving count: Int, _ session: TmuxSession)
    async throws
  {
    if let key { try session.press(key) }
    try session.type(text)
    try session.press("Enter")
    try await session.waitForSavedCount(count, "after \"\(text)\"")
  }

  static func read(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw JournalSnapshot.Unreadable(description: "cannot read \(path)")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
