import Foundation

/// Python's icalendar (PyPI), an independent reader of iCalendar files: what it finds in an
/// `.ics`, as JSON decoded into ``CalendarReading``.
public enum PythonICalendar {
  /// The reader: the calendar's version and product, every parse error icalendar noted on
  /// any component, and each VEVENT's UID, dates (decoded: an all-day date or a date-time),
  /// summary, description, categories, stamp and class.
  static let script = #"""
    import json, sys, datetime, icalendar
    calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        categories = event.get("CATEGORIES")
        events.append({
            "uid": str(event["UID"]),
            "start": start.isoformat(),
            "allDay": not isinstance(start, datetime.datetime),
            "end": event.decoded("DTEND").isoformat(),
            "summary": str(event["SUMMARY"]),
            "description": str(event.get("DESCRIPTION", "")),
            "categories": [str(c) for c in categories.cats] if categories is not None else [],
            "stamp": event.decoded("DTSTAMP").isoformat(),
            "confidential": str(event.get("CLASS", "")) == "CONFIDENTIAL",
        })
    print(json.dumps({
        "version": str(calendar["VERSION"]),
        "productID": str(calendar["PRODID"]),
        "errors": [str(error) for component in calendar.walk() for error in component.errors],
        "events": events,
    }))
    """#

  /// What icalendar reads in the file `ics`.
  public static func read(_ ics: String) throws -> CalendarReading {
    try DocumentTool.pythonICalendar.readJSON(script, of: ics)
  }
}

/// An iCalendar file as Python's icalendar reads it.
public struct CalendarReading: Decodable, Sendable {
  public struct Event: Decodable, Sendable {
    public let uid: String
    /// `YYYY-MM-DD` for an all-day event.
    public let start: String
    public let allDay: Bool
    public let end: String
    public let summary: String
    public let description: String
    public let categories: [String]
    /// ISO 8601, with its time zone.
    public let stamp: String
    public let confidential: Bool
  }

  public let version: String
  public let productID: String
  public let errors: [String]
  public let events: [Event]
}
