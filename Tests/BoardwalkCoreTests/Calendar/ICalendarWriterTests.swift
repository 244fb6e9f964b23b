import Foundation
import Testing

@testable import BoardwalkCore

@Suite("iCalendar writer: a VCALENDAR of all-day events")
struct ICalendarWriterTests {
  static let stamp = UTCTimestamp(secondsSince1970: 1_795_000_000)

  static let events = [
    CalendarEvent(
      uid: "A1@demo.boardwalk", day: Day.of(2026, 12, 31), summary: "A1: Publish; review, agree",
      description: "Plan: demo\nOwners: Head of SEND", categories: ["demo*", "a,b"]),
    CalendarEvent(
      uid: "A2@demo.boardwalk", day: Day.of(2024, 2, 28), summary: "A2: [C] Secret",
      description: "", isConfidential: true),
  ]

  static var text: String {
    String(decoding: ICalendarWriter(name: "Due").bytes(events, stamp: stamp), as: UTF8.self)
  }

  @Test("the calendar names its version and product; every line ends with CRLF")
  func envelope() {
    let text = Self.text
    let lines = text.components(separatedBy: "\r\n")
    #expect(
      Array(lines.prefix(5)) == [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Boardwalk//boardwalk due//EN",
        "CALSCALE:GREGORIAN", "X-WR-CALNAME:Due",
      ])
    #expect(lines.suffix(2) == ["END:VCALENDAR", ""])
    #expect(!text.replacing("\r\n", with: "").contains("\n"))
    #expect(!text.contains("\r\r"))
  }

  @Test("an event is all day on its date and ends the next day, across a year and a leap day")
  func allDay() {
    let text = Self.text
    #expect(text.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"))
    #expect(text.contains("DTSTART;VALUE=DATE:20240228\r\nDTEND;VALUE=DATE:20240229\r\n"))
    #expect(text.components(separatedBy: "BEGIN:VEVENT\r\n").count == 3)
    #expect(text.components(separatedBy: "DTSTAMP:20261118T110640Z\r\n").count == 3)
  }

  @Test(
    "text values are escaped, categories separated by unescaped commas; CLASS when confidential")
  func values() {
    let text = Self.text
    #expect(text.contains(#"SUMMARY:A1: Publish\; review\, agree"# + "\r\n"))
    #expect(text.contains(#"DESCRIPTION:Plan: demo\nOwners: Head of SEND"# + "\r\n"))
    #expect(text.contains(#"CATEGORIES:demo*,a\,b"# + "\r\n"))
    #expect(text.components(separatedBy: "CLASS:CONFIDENTIAL\r\n").count == 2)
    #expect(text.components(separatedBy: "TRANSP:TRANSPARENT\r\n").count == 3)
  }

  @Test(
    "DTSTAMP is UTC to the second, before 1970 too",
    arguments: [
      (Int64(0), "19700101T000000Z"), (Int64(-1), "19691231T235959Z"),
      (Int64(86_399), "19700101T235959Z"), (Int64(1_795_000_000), "20261118T110640Z"),
    ])
  func stamps(_ seconds: Int64, _ written: String) {
    #expect(UTCTimestamp(secondsSince1970: seconds).written == written)
  }

  @Test("a Date's stamp is the second it falls in")
  func dateStamp() {
    #expect(UTCTimestamp(Date(timeIntervalSince1970: 59.9)).written == "19700101T000059Z")
  }
}
