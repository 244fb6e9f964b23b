import BoardwalkMeeting
import Foundation
import Testing

@Suite("a journal entry reads back exactly as it was written")
struct JournalRoundTripTests {
  @Test("every kind of entry survives line and back", arguments: EventCatalogue.all)
  func roundTrip(_ example: NamedEvent) throws {
    let entry = JournalEntry(sequence: 7, time: "2026-11-22T10:14:02+00:00", event: example.event)
    let read = try JournalEntry(line: entry.line)
    #expect(read == entry)
  }

  @Test("every entry's type is the one the journal format documents", arguments: EventCatalogue.all)
  func documentedType(_ example: NamedEvent) throws {
    let entry = JournalEntry(sequence: 1, time: JournalLines.time, event: example.event)
    let object = try JSONObject.parse(entry.line)
    #expect(object["type"] as? String == example.event.documentedType)
    #expect(object["seq"] as? Int == 1)
    #expect(object["at"] as? String == JournalLines.time)
  }

  @Test("the examples cover every documented type of entry")
  func catalogueIsComplete() {
    #expect(Set(EventCatalogue.all.map(\.event.documentedType)) == MeetingEvent.documentedTypes)
  }

  @Test("the documented example line reads as a status change and is written back identically")
  func documentedExample() throws {
    let line =
      #"{"seq":5,"at":"2026-11-22T10:14:02+00:00","type":"status","plan":"hull-send-2024","action":"1.2","from":"on-track","to":"some-concerns","reason":"Funding confirmed late"}"#
    let entry = try JournalEntry(line: line)
    let expected = JournalEntry(
      sequence: 5, time: "2026-11-22T10:14:02+00:00",
      event: .statusChanged(
        ActionRef(plan: "hull-send-2024", action: "1.2"), from: "on-track", to: "some-concerns",
        reason: "Funding confirmed late"))
    #expect(entry == expected)
    #expect(expected.line == line)
  }

  @Test("a status change from unrated writes from as null")
  func unratedFromIsNull() throws {
    let entry = JournalEntry(
      sequence: 3, time: JournalLines.time,
      event: .statusChanged(EventCatalogue.ref, from: nil, to: "green", reason: "First rating"))
    let object = try JSONObject.parse(entry.line)
    #expect(object["from"] is NSNull)
    #expect(try JournalEntry(line: entry.line) == entry)
  }

  @Test("the started entry records the journal format")
  func startedRecordsFormat() throws {
    let entry = JournalEntry(
      sequence: 1, time: JournalLines.time,
      event: .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")))
    #expect(try JSONObject.parse(entry.line)["format"] as? String == "boardwalk-journal/1")
  }
}
