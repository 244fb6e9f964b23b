import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

/// A status change as the minute-taker makes it: `s`, the level, Enter, a one-line reason,
/// Enter; and how the screen shows its direction of travel once saved.
struct StatusChange: Sendable, CustomTestStringConvertible {
  let item: ActionRef
  /// Keys in the level choice before Enter.
  let keys: [Key]
  let from: String?
  let to: String
  let message: String
  let shown: String

  var testDescription: String { message }
}

@Suite("Changing a status: the level, a one-line reason, and the direction of travel")
struct StatusChangeTests {
  static let reason = "Backlog falling month on month"

  static let changes = [
    StatusChange(
      item: Ref.riverside("1.1"), keys: [.down], from: "red", to: "amber",
      message: "Status Red → Amber ↑ better: saved",
      shown: "Status Red → Amber ↑ better: \(reason)"),
    StatusChange(
      item: Ref.riverside("1.2"), keys: [.up], from: "amber", to: "red",
      message: "Status Amber → Red ↓ worse: saved",
      shown: "Status Amber → Red ↓ worse: \(reason)"),
    StatusChange(
      item: Ref.riverside("1.2"), keys: [], from: "amber", to: "amber",
      message: "Status Amber → Amber → same: saved",
      shown: "Status Amber → Amber → same: \(reason)"),
    StatusChange(
      item: Ref.lakeside("AP-1"), keys: [.down, .down], from: "off-track", to: "on-track",
      message: "Status Off track → On track ↑ better: saved",
      shown: "Status Off track → On track ↑ better: \(reason)"),
  ]

  @Test("s opens the plan's levels with the cursor on the current status")
  func choice() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.lakeside("AP-1"))])
    screen.type("s")
    guard case .statusChoice(let levels, let cursor) = screen.overlay else {
      Issue.record("no status choice")
      return
    }
    #expect(
      levels.map(\.label) == ["Not started", "Off track", "Some concerns", "On track", "Embedded"])
    #expect(cursor == 1)
    #expect(screen.shows("Embedded (done: the board closes with p, then C)"))
  }

  @Test("an unrated action starts the choice on the first level")
  func unrated() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.riverside("3.1"))])
    screen.type("s")
    guard case .statusChoice(let levels, let cursor) = screen.overlay else {
      Issue.record("no status choice")
      return
    }
    #expect(levels.map(\.key) == ["red", "amber", "green", "complete"])
    #expect(cursor == 0)
    screen.press(.down, .enter)
    screen.type("Framework drafted")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .statusChanged(Ref.riverside("3.1"), from: nil, to: "amber", reason: "Framework drafted")
      ])
  }

  @Test("the level and a reason ask to journal the change, from and to", arguments: changes)
  func record(change: StatusChange) throws {
    var screen = try MeetingScreen(resuming: [.moved(change.item)])
    screen.type("s")
    for key in change.keys { screen.press(key) }
    screen.press(.enter)
    guard case .statusReason(_, let level) = screen.overlay else {
      Issue.record("no reason asked for")
      return
    }
    #expect(level == change.to)
    screen.type(Self.reason)
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .statusChanged(change.item, from: change.from, to: change.to, reason: Self.reason)
      ])
  }

  @Test(
    "once saved the screen shows the direction of travel: better, worse or same", arguments: changes
  )
  func direction(change: StatusChange) throws {
    var screen = try MeetingScreen(resuming: [.moved(change.item)])
    screen.type("s")
    for key in change.keys { screen.press(key) }
    screen.press(.enter)
    screen.type(Self.reason)
    screen.press(.enter)
    #expect(!screen.shows(change.shown))
    #expect(screen.meeting?.record.item(change.item).newStatus == nil)
    screen.save()
    #expect(screen.message == StatusMessage(change.message))
    #expect(screen.shows(change.shown))
    #expect(screen.meeting?.record.item(change.item).newStatus == change.to)
  }

  @Test("the item's status line says what it is now and what it was")
  func statusLine() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.lakeside("AP-1"))])
    #expect(screen.shows("Status: Off track"))
    screen.type("s")
    screen.press(.down, .enter)
    screen.type("Tender reissue agreed")
    screen.press(.enter)
    #expect(screen.shows("Status: Off track"))
    screen.save()
    #expect(screen.shows("Status: Some concerns (was Off track ↑ better)"))
  }

  @Test("a second change starts from the level the meeting set")
  func secondChange() throws {
    let ref = Ref.riverside("1.1")
    var screen = try MeetingScreen(resuming: [
      .statusChanged(ref, from: "red", to: "amber", reason: "First")
    ])
    screen.type("s")
    guard case .statusChoice(_, let cursor) = screen.overlay else {
      Issue.record("no status choice")
      return
    }
    #expect(cursor == 1)
    screen.press(.down, .enter)
    screen.type("Second")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [.statusChanged(ref, from: "amber", to: "green", reason: "Second")])
  }

  @Test("Enter without a reason asks for one and records nothing")
  func reasonRequired() throws {
    var screen = try MeetingScreen()
    screen.type("s")
    screen.press(.down, .enter)
    screen.type("  ")
    screen.press(.enter)
    #expect(screen.eventsToRecord == [])
    #expect(screen.message == StatusMessage("Give a one-line reason for the change", isError: true))
    guard case .statusReason(let editor, "amber") = screen.overlay else {
      Issue.record("the reason editor closed")
      return
    }
    #expect(editor.text == "  ")
  }

  @Test("a reason typed with a combining accent edits the accented letter as one character")
  func unicodeReason() throws {
    var screen = try MeetingScreen()
    screen.type("s")
    screen.press(.down, .enter)
    screen.type("Cafe\u{301}")
    guard case .statusReason(let editor, _) = screen.overlay else {
      Issue.record("no reason editor")
      return
    }
    #expect(editor.characters.count == 4)
    screen.press(.backspace)
    screen.type("e closed")
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .statusChanged(Ref.riverside("1.1"), from: "red", to: "amber", reason: "Cafe closed")
      ])
  }

  @Test("not saved: the reason comes back to be saved again, with the reason it failed")
  func notSaved() throws {
    var screen = try MeetingScreen()
    screen.type("s")
    screen.press(.down, .enter)
    screen.type(Self.reason)
    screen.press(.enter)
    screen.failSaving(
      "board-2026-11.jsonl: could not flush to disk (Input/output error); try again")
    guard case .statusReason(let editor, "amber") = screen.overlay else {
      Issue.record("the reason editor did not come back")
      return
    }
    #expect(editor.text == Self.reason)
    #expect(screen.message?.isError == true)
    #expect(screen.shows("Status: Red"))
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .statusChanged(Ref.riverside("1.1"), from: "red", to: "amber", reason: Self.reason)
      ])
  }

  @Test("Esc in the choice closes it; Esc in a reason with text asks first; nothing is recorded")
  func cancel() throws {
    var screen = try MeetingScreen()
    screen.type("s")
    screen.press(.escape)
    #expect(screen.overlay == nil)
    screen.type("s")
    screen.press(.down, .enter)
    screen.press(.escape)
    #expect(screen.overlay == nil, "an empty reason closes at once")
    screen.type("s")
    screen.press(.down, .enter)
    screen.type("Half a reason")
    screen.press(.escape)
    guard case .confirmDiscard = screen.overlay else {
      Issue.record("Esc threw a typed reason away without asking")
      return
    }
    screen.type("n")
    guard case .statusReason(let editor, _) = screen.overlay else {
      Issue.record("n did not bring the reason back")
      return
    }
    #expect(editor.text == "Half a reason")
    screen.press(.escape)
    screen.type("y")
    #expect(screen.overlay == nil)
    #expect(screen.pending.isEmpty)
  }

  @Test("j and k move through the levels, as they move everywhere else in the meeting")
  func choiceMovesWithJK() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.lakeside("AP-1"))])
    screen.type("s")
    screen.type("jj")
    guard case .statusChoice(_, let cursor) = screen.overlay else {
      Issue.record("no status choice")
      return
    }
    #expect(cursor == 3)
    screen.type("k")
    guard case .statusChoice(_, let back) = screen.overlay else {
      Issue.record("no status choice")
      return
    }
    #expect(back == 2)
  }

  @Test("a done level is not a status change: closing goes through p and C, and s says so")
  func doneLevelRefused() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.lakeside("AP-1"))])
    screen.type("s")
    screen.press(.down, .down, .down, .enter)
    guard case .statusChoice = screen.overlay else {
      Issue.record("choosing Embedded left the choice")
      return
    }
    #expect(screen.message?.isError == true)
    #expect(
      screen.message?.text
        == "Embedded closes the action, and closing is the board's: p proposes closure, C confirms it"
    )
    #expect(screen.pending.isEmpty)
  }
}
