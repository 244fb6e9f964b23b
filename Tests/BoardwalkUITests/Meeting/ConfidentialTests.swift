import BoardwalkMeeting
import BoardwalkUI
import Testing

@Suite("Confidential items: x marks the item as taken in the confidential part, x again unmarks")
struct ConfidentialTests {
  static let banner = "CONFIDENTIAL: taken in the confidential part of the meeting"

  @Test("x asks to journal the mark, shown only once saved")
  func mark() throws {
    var screen = try MeetingScreen()
    screen.type("x")
    #expect(screen.eventsToRecord == [.confidential(Ref.riverside("1.1"), true)])
    #expect(!screen.shows(Self.banner))
    screen.save()
    #expect(screen.shows(Self.banner))
    #expect(screen.meeting?.record.isMarkedConfidential(Ref.riverside("1.1")) == true)
  }

  @Test("x on a marked item asks to unmark it, and the mark goes once saved")
  func unmark() throws {
    var screen = try MeetingScreen(resuming: [.confidential(Ref.riverside("1.1"), true)])
    #expect(screen.shows(Self.banner))
    screen.type("x")
    #expect(screen.eventsToRecord == [.confidential(Ref.riverside("1.1"), false)])
    #expect(screen.shows(Self.banner))
    screen.save()
    #expect(!screen.shows(Self.banner))
  }

  @Test("an action confidential in its plan shows so before anything is marked")
  func confidentialInPlan() throws {
    var screen = try MeetingScreen(resuming: [.moved(Ref.riverside("2.2"))])
    #expect(screen.shows(Self.banner))
    screen.type("x")
    #expect(screen.eventsToRecord == [.confidential(Ref.riverside("2.2"), true)])
  }

  @Test("not saved: the item stays unmarked and the reason shows")
  func notSaved() throws {
    var screen = try MeetingScreen()
    screen.type("x")
    screen.failSaving("No meeting journal is open")
    #expect(screen.message == StatusMessage("No meeting journal is open", isError: true))
    #expect(!screen.shows(Self.banner))
    #expect(screen.overlay == nil)
  }
}
