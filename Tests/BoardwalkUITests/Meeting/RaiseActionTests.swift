import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("Raising a new action: title, owners, due, area; it joins the action log once saved")
struct RaiseActionTests {
  static let title = "Recruit two more educational psychologists"

  /// The form's fields as labels and values.
  static func fields(_ overlay: MeetingOverlay?) -> [String: String] {
    guard case .raise(let form) = overlay else { return [:] }
    return Dictionary(uniqueKeysWithValues: form.fields.map { ($0.label, $0.editor.text) })
  }

  @Test("r opens a form for the current item's plan with its area filled in")
  func opens() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.lakeside("AP-1"))])
    screen.type("r")
    guard case .raise(let form) = screen.overlay else {
      Issue.record("no form")
      return
    }
    #expect(form.title == "New action in lakeside")
    #expect(form.fields.map(\.label) == ["Title", "Owners", "Due", "Area", "Confidential"])
    #expect(form.fields.map(\.editor.text) == ["", "", "", "O1", "no"])
    #expect(form.focused == 0)
  }

  @Test(
    "raised on a confidential item (in its plan, or marked in the meeting), the new action is confidential unless changed"
  )
  func confidentialByDefault() throws {
    // 2.2 is confidential in its plan; 1.2 is marked so in this meeting.
    var screen = try MeetingScreen(resuming: [
      .moved(Ref.riverside("2.2"))
    ])
    screen.type("r")
    #expect(Self.fields(screen.overlay)["Confidential"] == "yes")
    screen.press(.escape)
    var marked = try MeetingScreen(resuming: [
      .moved(Ref.riverside("1.2")), .confidential(Ref.riverside("1.2"), true),
    ])
    marked.type("r" + Self.title)
    #expect(Self.fields(marked.overlay)["Confidential"] == "yes")
    #expect(marked.shows("yes, as the item is; or no"))
    marked.press(.control("s"))
    guard case .actionRaised(let raised) = marked.eventsToRecord.first else {
      Issue.record("no new action to journal: \(marked.eventsToRecord)")
      return
    }
    #expect(raised.isConfidential)
  }

  @Test("the choice can be changed: no makes the action public")
  func confidentialChangedToNo() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.riverside("2.2"))])
    screen.type("r" + Self.title)
    for _ in 0..<4 { screen.press(.tab) }
    screen.press(.backspace)
    screen.type("no")
    screen.press(.control("s"))
    guard case .actionRaised(let raised) = screen.eventsToRecord.first else {
      Issue.record("no new action to journal: \(screen.eventsToRecord)")
      return
    }
    #expect(!raised.isConfidential)
  }

  @Test("Enter moves through the fields and, on the last, asks to journal the new action")
  func raise() throws {
    var screen = try MeetingScreen()
    screen.type("r" + Self.title)
    screen.press(.enter)
    screen.type("Head of SEND; Principal Educational Psychologist ;")
    screen.press(.enter)
    screen.type("2027-03-31")
    screen.press(.enter, .enter)
    #expect(screen.eventsToRecord == [])
    screen.press(.enter)
    #expect(
      screen.eventsToRecord == [
        .actionRaised(
          RaisedAction(
            ref: Ref.riverside("1.4"), area: "APA1", title: Self.title,
            owners: ["Head of SEND", "Principal Educational Psychologist"], due: "2027-03-31",
            isConfidential: false))
      ])
    #expect(screen.overlay == nil)
  }

  @Test("another area of the plan, a month for due, confidential; Ctrl-S saves from any field")
  func otherAreaConfidential() throws {
    var screen = try MeetingScreen()
    screen.type("rCommission an independent review of assessment quality")
    screen.press(.tab, .tab)
    screen.type("2027-03")
    screen.press(.tab, .control("u"))
    screen.type("AFI1")
    screen.press(.tab, .control("u"))
    screen.type("yes")
    screen.press(.up, .up, .up, .up)
    screen.press(.control("s"))
    #expect(
      screen.eventsToRecord == [
        .actionRaised(
          RaisedAction(
            ref: Ref.riverside("3.2"), area: "AFI1",
            title: "Commission an independent review of assessment quality", owners: [],
            due: "2027-03", isConfidential: true))
      ])
  }

  @Test("the next action raised in the same area takes the next number")
  func nextNumber() throws {
    var screen = try MeetingScreen(resuming: [
      .moved(Ref.lakeside("AP-2")),
      .actionRaised(
        RaisedAction(ref: Ref.lakeside("AP-3"), area: "O1", title: "First", owners: [], due: nil)),
    ])
    screen.type("rSecond")
    screen.press(.control("s"))
    #expect(
      screen.eventsToRecord == [
        .actionRaised(
          RaisedAction(ref: Ref.lakeside("AP-4"), area: "O1", title: "Second", owners: [], due: nil)
        )
      ])
  }

  @Test("saved: the status line says it joined the action log; not before")
  func saved() throws {
    var screen = try MeetingScreen()
    screen.type("r" + Self.title)
    screen.press(.control("s"))
    #expect(screen.meeting?.record.raised == [])
    #expect(screen.message == nil)
    screen.save()
    #expect(screen.message == StatusMessage("New action 1.4 joins the action log: saved"))
    #expect(screen.meeting?.record.raised.map(\.title) == [Self.title])
  }

  @Test(
    "a problem keeps the form open with the problem shown under the fields",
    arguments: [
      ("", "APA1", "", "The new action needs a title"),
      (title, "ZZ9", "", "\"ZZ9\" is not an area of riverside (areas: APA1, APA2, AFI1)"),
    ])
  func problems(title: String, area: String, due: String, problem: String) throws {
    var screen = try MeetingScreen()
    screen.type("r" + title)
    screen.press(.tab, .tab)
    screen.type(due)
    screen.press(.tab, .control("u"))
    screen.type(area)
    screen.press(.control("s"))
    #expect(screen.eventsToRecord == [])
    guard case .raise(let form) = screen.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.error == problem)
    #expect(screen.shows(problem))
  }

  @Test("a due date that is not one names the Due field and keeps the form")
  func badDue() throws {
    var screen = try MeetingScreen()
    screen.type("r" + Self.title)
    screen.press(.tab, .tab)
    screen.type("next week")
    screen.press(.control("s"))
    #expect(screen.eventsToRecord == [])
    guard case .raise(let form) = screen.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.error?.hasPrefix("Due: ") == true)
    #expect(Self.fields(screen.overlay)["Due"] == "next week")
  }

  @Test("not saved: the form comes back with everything typed, and the reason shows")
  func notSaved() throws {
    var screen = try MeetingScreen()
    screen.type("r" + Self.title)
    screen.press(.tab)
    screen.type("Head of SEND")
    screen.press(.control("s"))
    screen.failSaving("board-2026-11.jsonl: could not save (Disk quota exceeded)")
    #expect(
      Self.fields(screen.overlay)
        == [
          "Title": Self.title, "Owners": "Head of SEND", "Due": "", "Area": "APA1",
          "Confidential": "no",
        ])
    #expect(screen.message?.isError == true)
    #expect(screen.meeting?.record.raised == [])
  }

  @Test("Esc on a changed form asks first; on an untouched one it just closes")
  func cancel() throws {
    var screen = try MeetingScreen()
    screen.type("r")
    screen.press(.escape)
    #expect(screen.overlay == nil)
    screen.type("rA title")
    screen.press(.escape)
    #expect(screen.shows("Throw away what you typed? y / n"))
    screen.type("n")
    #expect(Self.fields(screen.overlay)["Title"] == "A title")
  }
}
