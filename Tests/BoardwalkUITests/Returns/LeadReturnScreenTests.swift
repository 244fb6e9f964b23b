import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

/// Issue 15: a lead walks their own open actions on the screen and writes their return: a
/// progress note (u), a status proposed with a reason (r), a due date they ask to move (D),
/// evidence (e), a milestone done (t), and the last entry withdrawn (X). Each entry goes to
/// the shell to append to the return file; the screen shows it once it is on disk.
@Suite("a lead writing their return on screen")
struct LeadReturnScreenTests {
  static let first = ActionRef(plan: "riverside", action: "1.1")

  @Test("the screen opens on the lead's open actions, and says whose return it is and how far")
  func opening() throws {
    let screen = try ReturnScreen()
    #expect(screen.rowIDs == ["1.1", "1.2", "2.2", "AP-2", "IN-1"])
    #expect(screen.shows("Return for 2026-11 · 0 of 5 updated · Head of SEND · today"))
    #expect(screen.shows("Your return for 2026-11"))
    #expect(screen.shows("Nothing yet: u progress"))
    #expect(screen.shows("u progress"))
    #expect(
      screen.message?.text.hasPrefix("Your return for 2026-11: 0 of 5 open actions updated") == true
    )
  }

  @Test("u writes a progress note; once saved, the detail and the header show it")
  func progress() throws {
    var screen = try ReturnScreen()
    screen.type("u")
    screen.type("Backlog down to seventy")
    screen.press(.enter)
    #expect(screen.eventsToRecord == [.progress(Self.first, text: "Backlog down to seventy")])
    #expect(screen.overlay == nil)
    screen.save()
    #expect(screen.shows("15 Nov 2026 progress: Backlog down to seventy"), "\(screen)")
    #expect(screen.shows("1 of 5 updated"))
    #expect(
      screen.message?.text.hasPrefix("Progress on 1.1: saved in \(ReturnScreen.path)") == true)
  }

  @Test("r proposes a status from the action's scale, with a reason the board reads")
  func status() throws {
    var screen = try ReturnScreen()
    screen.type("r")
    guard case .statusChoice(let levels, let cursor) = screen.overlay else {
      Issue.record("no status choice: \(screen)")
      return
    }
    // The cursor starts on the action's status: red.
    #expect(levels[cursor].key == "red")
    screen.press(.down)
    screen.press(.enter)
    screen.press(.enter)
    #expect(screen.eventsToRecord.isEmpty)
    #expect(screen.message?.text == "Give a one-line reason for the board")
    screen.type("Locums in post")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [.proposedStatus(Self.first, to: "amber", reason: "Locums in post")])
    screen.save()
    #expect(screen.shows("proposes status Amber: Locums in post"), "\(screen)")
  }

  @Test("D asks for a due date as a plan writes one, refuses one that is not, then a reason")
  func due() throws {
    var screen = try ReturnScreen()
    screen.type("D")
    screen.type("2027-13")
    screen.press(.enter)
    #expect(screen.shows("no month 13"), "\(screen)")
    #expect(screen.eventsToRecord.isEmpty)
    for _ in 0..<2 { screen.press(.backspace) }
    screen.type("06")
    screen.press(.enter)
    #expect(screen.shows("Why move it to Jun 2027?"), "\(screen)")
    screen.type("Contractor late")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [.proposedDue(Self.first, due: "2027-06", reason: "Contractor late")]
    )
  }

  @Test("e adds evidence and t ticks a milestone, chosen from the action's own")
  func evidenceAndMilestone() throws {
    var screen = try ReturnScreen()
    screen.type("e")
    screen.type("https://intranet.example/audit.pdf")
    screen.press(.enter)
    screen.save()
    screen.type("t")
    guard case .milestoneChoice(let milestones, _) = screen.overlay else {
      Issue.record("no milestone choice: \(screen)")
      return
    }
    #expect(milestones.count == 2)
    screen.press(.down)
    screen.press(.enter)
    #expect(screen.eventsToRecord == [.milestoneDone(Self.first, milestone: .number(2))])
    screen.save()
    #expect(
      screen.file.map(\.event).suffix(2) == [
        .evidence(Self.first, text: "https://intranet.example/audit.pdf"),
        .milestoneDone(Self.first, milestone: .number(2)),
      ])
  }

  @Test("t on an action without milestones says so and opens nothing")
  func noMilestones() throws {
    var screen = try ReturnScreen()
    screen.select("1.2")
    screen.type("t")
    #expect(screen.overlay == nil)
    #expect(screen.message?.text == "1.2 has no milestones to tick")
  }

  @Test("X withdraws the action's last entry after asking; what it replaced counts again")
  func withdraw() throws {
    var screen = try ReturnScreen(events: [
      .progress(Self.first, text: "First word"), .progress(Self.first, text: "Second word"),
    ])
    #expect(screen.shows("progress: Second word"))
    screen.type("X")
    #expect(screen.overlay == .confirmStrike(sequence: 3, summary: "progress: Second word"))
    screen.type("y")
    #expect(screen.eventsToRecord == [.struck(sequence: 3)])
    screen.save()
    #expect(!screen.shows("Second word"))
    #expect(screen.shows("progress: First word"))
  }

  @Test("an action that is not the lead's takes no entry, and the screen says whose it is")
  func notTheirs() throws {
    var screen = try ReturnScreen()
    screen.type("c")
    screen.select("1.3")
    #expect(screen.shows("Not one of Head of SEND's actions"))
    screen.type("u")
    #expect(screen.overlay == nil)
    #expect(
      screen.message?.text.hasPrefix(
        "1.3 is not an action of Head of SEND (owners: SEND Programme Manager)") == true)
  }

  @Test("an entry the shell could not save comes back in its editor, with the reason")
  func notSaved() throws {
    var screen = try ReturnScreen()
    screen.type("u")
    screen.type("Backlog down")
    screen.press(.enter)
    screen.failSaving("disk full")
    #expect(screen.message?.text == "disk full")
    guard case .text(let editor, .progress) = screen.overlay else {
      Issue.record("the note did not come back: \(screen)")
      return
    }
    #expect(editor.text == "Backlog down")
  }

  @Test("Ctrl-C with a note half written asks first; a second Ctrl-C quits")
  func unsaved() throws {
    var screen = try ReturnScreen()
    screen.type("u")
    screen.type("Half a thought")
    #expect(screen.state.unsavedDraft == "progress note")
    screen.press(.control("c"))
    #expect(!screen.state.isFinished)
    screen.press(.control("c"))
    #expect(screen.state.isFinished)
  }

  @Test("Esc on typed text asks before throwing it away; n goes back to it")
  func discard() throws {
    var screen = try ReturnScreen()
    screen.type("e")
    screen.type("somewhere")
    screen.press(.escape)
    #expect(screen.shows("Throw away what you typed? y / n"))
    screen.type("n")
    guard case .text(let editor, .evidence) = screen.overlay else {
      Issue.record("the evidence did not come back: \(screen)")
      return
    }
    #expect(editor.text == "somewhere")
  }

  @Test("M does not start a board meeting from a lead's screen")
  func noMeeting() throws {
    var screen = try ReturnScreen()
    screen.type("M")
    #expect(screen.pending.isEmpty)
    #expect(screen.message?.text.contains("boardwalk meet") == true)
  }

  @Test("the help lists the return's keys first")
  func help() throws {
    var screen = try ReturnScreen()
    screen.type("?")
    let text = screen.grid.text
    let heading = try #require(text.range(of: "Writing your return"))
    let everywhere = try #require(text.range(of: "Everywhere"))
    #expect(heading.lowerBound < everywhere.lowerBound, "\(screen)")
  }

  @Test("at 80x24 the screen says whose return it is and keeps the keys on the status line")
  func small() throws {
    var screen = try ReturnScreen(width: 80, height: 24)
    #expect(screen.shows("Return for 2026-11 · 0 of 5 updated · Head of SEND"), "\(screen)")
    // The opening message gives way to the keys at the next key.
    screen.press(.down)
    #expect(screen.grid.text.split(separator: "\n").last?.contains("u progress") == true)
  }
}
