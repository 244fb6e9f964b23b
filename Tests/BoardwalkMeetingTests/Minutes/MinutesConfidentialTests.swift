import BoardwalkCore
import BoardwalkMeeting
import BoardwalkTestSupport
import Testing

@Suite("public minutes hold no confidential text; full minutes hold it all")
struct MinutesConfidentialTests {
  @Test("the fixture meeting's public minutes contain none of its confidential text")
  func publicWithholds() throws {
    let markdown = try MeetingFixture.minutes(.public)
    for phrase in ConfidentialText.inFixtureMeeting {
      #expect(!markdown.contains(phrase), "\(phrase)")
    }
  }

  @Test("the fixture meeting's full minutes contain all of it")
  func fullIncludes() throws {
    let markdown = try MeetingFixture.minutes(.full)
    for phrase in ConfidentialText.inFixtureMeeting {
      #expect(markdown.contains(phrase), "\(phrase)")
    }
    #expect(markdown.contains("not for publication"))
  }

  @Test("public minutes say only that each confidential item was taken, and count the rest")
  func publicSaysTaken() throws {
    let markdown = try MeetingFixture.minutes(.public)
    #expect(markdown.ranges(of: "A confidential item was taken").count == 2)
    #expect(markdown.contains("1 confidential new action is not listed."))
    #expect(markdown.contains("2 confidential actions are not listed."))
    let full = try MeetingFixture.minutes(.full)
    #expect(!full.contains("A confidential item was taken"))
    #expect(!full.contains("not listed"))
  }

  @Test(
    "public minutes, rendered by cmark-gfm, show none of the confidential text", .requiresCmark)
  func renderedPublicWithholds() throws {
    let text = Words.of(
      RenderedHTML(html: try Cmark.html(try MeetingFixture.minutes(.public))).text)
    for phrase in ConfidentialText.inFixtureMeeting {
      #expect(!text.contains(phrase), "\(phrase)")
    }
  }

  @Test("public is the default")
  func publicIsDefault() throws {
    let writer = MinutesWriter(
      record: try MeetingFixture.record(), store: try MeetingFixture.store(),
      today: MeetingFixture.today)
    #expect(writer.markdown == (try MeetingFixture.minutes(.public)))
  }

  /// A meeting over the fixture plans with secret text in every confidential field.
  static func secretMeeting(unmarkAgain: Bool = false) throws -> (public: String, full: String) {
    let h13 = ActionRef(plan: "harbour", action: "H1.3")
    var events: [MeetingEvent] = [
      .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")),
      .confidential(h13, true),
      .note(h13, text: "SECRET-NOTE about a named child"),
      .decision(h13, text: "SECRET-DECISION to refer"),
      .statusChanged(h13, from: "green", to: "red", reason: "SECRET-REASON safeguarding"),
      .closureProposed(h13, note: "SECRET-CLOSURE once the case ends"),
      .actionRaised(
        RaisedAction(
          ref: ActionRef(plan: "harbour", action: "H1.4"), area: "H1",
          title: "SECRET-RAISED review",
          owners: ["SECRET-OWNER"], due: "2026-10-01", isConfidential: true)),
    ]
    if unmarkAgain { events.append(.confidential(h13, false)) }
    let record = MeetingRecord(entries: JournalLines.entries(events))
    let store = try MeetingFixture.store()
    func minutes(_ visibility: MinutesWriter.Visibility) -> String {
      MinutesWriter(
        record: record, store: store, today: MeetingFixture.today, visibility: visibility
      )
      .markdown
    }
    return (minutes(.public), minutes(.full))
  }

  static let secrets = [
    "SECRET-NOTE", "SECRET-DECISION", "SECRET-REASON", "SECRET-CLOSURE", "SECRET-RAISED",
    "SECRET-OWNER", "Publish the Local Offer in Polish and Urdu",
  ]

  @Test("every confidential field is withheld: note, decision, reason, closure, title, new action")
  func everyField() throws {
    let minutes = try Self.secretMeeting()
    for secret in Self.secrets {
      #expect(!minutes.public.contains(secret), "\(secret) is in the public minutes")
      #expect(minutes.full.contains(secret), "\(secret) is missing from the full minutes")
    }
    // Withheld from the log: H1.3 (now red), H2.2 (amber, confidential in its plan) and the
    // new action (overdue since 1 Oct).
    #expect(minutes.public.contains("3 confidential actions are not listed."))
    #expect(minutes.public.contains("1 confidential new action is not listed."))
  }

  @Test("an item unmarked in the meeting is public again")
  func unmarked() throws {
    let minutes = try Self.secretMeeting(unmarkAgain: true)
    #expect(minutes.public.contains("SECRET-NOTE"))
    #expect(minutes.public.contains("Publish the Local Offer in Polish and Urdu"))
    #expect(!minutes.public.contains("SECRET-RAISED"))
  }
}
