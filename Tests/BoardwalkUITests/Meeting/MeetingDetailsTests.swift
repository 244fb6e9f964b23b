import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("The meeting's details: title, date, chair, present, apologies, declarations, all editable")
struct MeetingDetailsTests {
  static func values(_ overlay: MeetingOverlay?) -> [String] {
    guard case .details(let form) = overlay else { return [] }
    return form.fields.map(\.editor.text)
  }

  @Test("i opens the details with what the meeting started with")
  func opens() throws {
    var screen = try MeetingScreen()
    screen.type("i")
    guard case .details(let form) = screen.overlay else {
      Issue.record("no form")
      return
    }
    #expect(
      form.fields.map(\.label) == [
        "Title", "Date", "Time", "Venue", "Chair", "Minute-taker", "Present", "Apologies",
        "Declarations", "Previous meeting", "Next meeting",
      ])
    #expect(
      Self.values(screen.overlay) == [
        "Improvement board", "2026-11-22", "", "", "", "", "", "", "", "", "",
      ])
  }

  @Test("each field is edited in turn; Ctrl-S asks to journal only what changed")
  func edit() throws {
    var screen = try MeetingScreen()
    screen.type("i")
    screen.press(.tab, .tab, .tab, .tab)
    screen.type("Cllr Ada Okafor")
    screen.press(.tab, .tab)
    screen.type("Ada Okafor; Ben Hale ;; Cara Lind")
    screen.press(.tab)
    screen.type("Dev Patel")
    screen.press(.tab)
    screen.type("Ben Hale: governor at Riverside School")
    screen.press(.tab)
    screen.type("2026-09-20")
    screen.press(.tab)
    screen.type("2027-01-17")
    screen.press(.control("s"))
    #expect(
      screen.eventsToRecord == [
        .details(
          MeetingDetailsChange(
            chair: "Cllr Ada Okafor", present: ["Ada Okafor", "Ben Hale", "Cara Lind"],
            apologies: ["Dev Patel"], declarations: ["Ben Hale: governor at Riverside School"],
            previousMeeting: "2026-09-20", nextMeeting: "2027-01-17"))
      ])
  }

  @Test("a new title, date and chair show in the header once saved")
  func header() throws {
    var screen = try MeetingScreen(width: 200, height: 50)
    screen.type("i")
    screen.press(.control("u"))
    screen.type("Riverside SEND improvement board")
    screen.press(.tab, .control("u"))
    screen.type("2026-11-24")
    screen.press(.tab, .tab, .tab)
    screen.type("Cllr Ada Okafor")
    screen.press(.control("s"))
    #expect(
      screen.eventsToRecord == [
        .details(
          MeetingDetailsChange(
            title: "Riverside SEND improvement board", date: "2026-11-24", chair: "Cllr Ada Okafor")
        )
      ])
    #expect(screen.grid.row(0).hasPrefix(" Meeting · Improvement board · 22 Nov 2026 "))
    screen.save()
    #expect(
      screen.grid.row(0).hasPrefix(
        " Meeting · Riverside SEND improvement board · 24 Nov 2026 · chair Cllr Ada Okafor "))
  }

  @Test("Enter walks the fields and saves on the last; nothing changed asks nothing")
  func enterThrough() throws {
    var screen = try MeetingScreen()
    screen.type("i")
    for _ in 0..<10 { screen.press(.enter) }
    guard case .details(let form) = screen.overlay else {
      Issue.record("the form closed early")
      return
    }
    #expect(form.focused == 10)
    screen.press(.enter)
    #expect(screen.overlay == nil)
    #expect(screen.pending.isEmpty)
  }

  @Test("a form closed with nothing changed does not come back when a later save fails")
  func unchangedNotRevived() throws {
    var screen = try MeetingScreen()
    screen.type("i")
    screen.press(.control("s"))
    #expect(screen.overlay == nil)
    screen.press(.right)
    screen.failSaving("board-2026-11.jsonl: could not save (No space left on device)")
    #expect(screen.overlay == nil)
    #expect(screen.message?.isError == true)
  }

  @Test("a date that is not one keeps the form open and names the field")
  func badDate() throws {
    var screen = try MeetingScreen()
    screen.type("i")
    screen.press(.tab, .control("u"))
    screen.type("24/11/2026")
    screen.press(.control("s"))
    #expect(screen.eventsToRecord == [])
    guard case .details(let form) = screen.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.error?.hasPrefix("Date: ") == true)
  }

  @Test("a resumed meeting's form shows the details its journal holds")
  func resumed() throws {
    var screen = try MeetingScreen(resuming: [
      .details(MeetingDetailsChange(chair: "Cllr Ada Okafor", present: ["Ada Okafor", "Ben Hale"]))
    ])
    #expect(
      screen.grid.row(0).hasPrefix(
        " Meeting · Improvement board · 22 Nov 2026 · chair Cllr Ada Okafor "))
    screen.type("i")
    #expect(
      Self.values(screen.overlay) == [
        "Improvement board", "2026-11-22", "", "", "Cllr Ada Okafor", "", "Ada Okafor; Ben Hale",
        "", "", "", "",
      ])
  }

  @Test("not saved: the form comes back with the edits")
  func notSaved() throws {
    var screen = try MeetingScreen()
    screen.type("i")
    screen.press(.tab, .tab, .tab, .tab)
    screen.type("Cllr Ada Okafor")
    screen.press(.control("s"))
    screen.failSaving("board-2026-11.jsonl: could not save (No space left on device)")
    #expect(
      Self.values(screen.overlay) == [
        "Improvement board", "2026-11-22", "", "", "Cllr Ada Okafor", "", "", "", "", "", "",
      ])
    #expect(!screen.grid.row(0).contains("chair"))
  }
}
