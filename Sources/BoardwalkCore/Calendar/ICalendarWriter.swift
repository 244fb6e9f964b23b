import Foundation

/// One all-day event of an iCalendar file.
public struct CalendarEvent: Sendable, Hashable {
  /// The event's identity: a calendar that imports the file again updates the event with
  /// this UID rather than adding another.
  public var uid: String
  /// The day it falls on (all day: it ends the next day).
  public var day: CalendarDate
  public var summary: String
  public var description: String
  public var categories: [String]
  /// Marked `CLASS:CONFIDENTIAL`, for calendars that hide such events from others.
  public var isConfidential: Bool

  public init(
    uid: String, day: CalendarDate, summary: String, description: String,
    categories: [String] = [], isConfidential: Bool = false
  ) {
    self.uid = uid
    self.day = day
    self.summary = summary
    self.description = description
    self.categories = categories
    self.isConfidential = isConfidential
  }
}

/// A moment in UTC to the second, as iCalendar writes `DTSTAMP` (`20261122T093005Z`).
public struct UTCTimestamp: Sendable, Hashable {
  public let day: CalendarDate
  /// Seconds since midnight, 0 to 86,399.
  public let secondOfDay: Int

  /// The moment `seconds` after 1970-01-01T00:00:00Z (before it when negative).
  public init(secondsSince1970 seconds: Int64) {
    let (days, second) = seconds.quotientAndRemainder(dividingBy: 86_400)
    let before = second < 0 ? 1 : 0
    day = CalendarDate(dayNumber: Int32(clamping: days - Int64(before)))
    secondOfDay = Int(second) + before * 86_400
  }

  /// The moment `date` is, to the second below.
  public init(_ date: Date) {
    let seconds = date.timeIntervalSince1970.rounded(.down)
    self.init(secondsSince1970: Int64(exactly: seconds) ?? 0)
  }

  /// `YYYYMMDDTHHMMSSZ`.
  public var written: String {
    let time = [secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60]
      .map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
    return ICalendarWriter.basic(day) + "T" + time + "Z"
  }
}

/// Writes an iCalendar file (RFC 5545): a `VCALENDAR` of all-day `VEVENT`s, lines ended with
/// CRLF and folded at 75 octets, every TEXT value escaped (``ICalendarText``).
public struct ICalendarWriter: Sendable {
  /// `PRODID`: who made the file.
  public var productID: String
  /// The calendar's name, as calendars that show one read it (`X-WR-CALNAME`).
  public var name: String?

  public init(productID: String = "-//Boardwalk//boardwalk due//EN", name: String? = nil) {
    self.productID = productID
    self.name = name
  }

  /// The file: one `VEVENT` per event, in order, each stamped `stamp` (`DTSTAMP`: when the
  /// file was written), all day (`DTSTART;VALUE=DATE` on its day, `DTEND` the day after) and
  /// transparent (it does not make anyone busy).
  public func bytes(_ events: [CalendarEvent], stamp: UTCTimestamp) -> [UInt8] {
    var out: [UInt8] = []
    func line(_ text: String) { out += ICalendarText.folded(text) }
    line("BEGIN:VCALENDAR")
    line("VERSION:2.0")
    line("PRODID:" + ICalendarText.escaped(productID))
    line("CALSCALE:GREGORIAN")
    if let name { line("X-WR-CALNAME:" + ICalendarText.escaped(name)) }
    for event in events {
      line("BEGIN:VEVENT")
      line("UID:" + ICalendarText.escaped(event.uid))
      line("DTSTAMP:" + stamp.written)
      line("DTSTART;VALUE=DATE:" + Self.basic(event.day))
      line("DTEND;VALUE=DATE:" + Self.basic(event.day.adding(days: 1)))
      line("SUMMARY:" + ICalendarText.escaped(event.summary))
      line("DESCRIPTION:" + ICalendarText.escaped(event.description))
      if !event.categories.isEmpty {
        line("CATEGORIES:" + event.categories.map(ICalendarText.escaped).joined(separator: ","))
      }
      if event.isConfidential { line("CLASS:CONFIDENTIAL") }
      line("TRANSP:TRANSPARENT")
      line("END:VEVENT")
    }
    line("END:VCALENDAR")
    return out
  }

  /// A date as iCalendar writes it: `YYYYMMDD`.
  static func basic(_ day: CalendarDate) -> String {
    day.description.filter { $0 != "-" }
  }
}
