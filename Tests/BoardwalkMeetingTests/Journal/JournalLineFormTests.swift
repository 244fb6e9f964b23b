import BoardwalkMeeting
import Foundation
import Testing

@Suite("a journal entry is one line of JSON whatever its text holds")
struct JournalLineFormTests {
  /// Text a minute-taker can type or paste, each a way to break a line-based format.
  static let awkwardTexts: [String] = [
    "two\nlines", "windows\r\nline break", "lone\rcarriage return", "\"quoted\" and \\ backslash",
    "emoji 👩🏽‍💻 and flags 🇬🇧🇺🇦", "NUL \u{0} inside", "escape \u{1B}[2J and bell \u{07}",
    "delete \u{7F} and C1 \u{85}", "line separator \u{2028} paragraph \u{2029}",
    "tab\there", "byte order mark \u{FEFF} inside", "{\"seq\":99}\n{\"seq\":100}",
    "ends with a line break\n",
  ]

  @Test("a note with awkward text is one line and reads back unchanged", arguments: awkwardTexts)
  func noteStaysOneLine(_ text: String) throws {
    let entry = JournalEntry(
      sequence: 4, time: JournalLines.time, event: .note(EventCatalogue.ref, text: text))
    let line = entry.line
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    #expect(!line.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" })
    #expect(!line.unicodeScalars.contains { (0x80..<0xA0).contains($0.value) })
    #expect(try JournalEntry(line: line) == entry)
  }

  @Test(
    "Foundation's own JSON parser reads the same text from the line",
    arguments: awkwardTexts.filter { !$0.contains("\u{0}") })
  func independentParserAgrees(_ text: String) throws {
    let entry = JournalEntry(
      sequence: 4, time: JournalLines.time, event: .decision(EventCatalogue.ref, text: text))
    let object = try JSONObject.parse(entry.line)
    #expect(object["text"] as? String == text)
  }

  @Test("every text field of every entry stays on one line")
  func everyTextField() throws {
    let text = "a\nb\r\nc \"d\" \u{1B} 👍"
    let ref = ActionRef(plan: text, action: text)
    let events: [MeetingEvent] = [
      .started(
        MeetingStart(
          plans: [PlanFingerprint(plan: text, file: text, sha256: text)], agenda: text,
          today: text)),
      .details(
        MeetingDetailsChange(
          title: text, date: text, chair: text, present: [text], apologies: [text],
          declarations: [text], previousMeeting: text, nextMeeting: text)),
      .moved(ref), .note(ref, text: text), .decision(ref, text: text),
      .statusChanged(ref, from: text, to: text, reason: text), .closureProposed(ref, note: text),
      .closureConfirmed(ref), .closureWithdrawn(ref), .confidential(ref, true),
      .actionRaised(
        RaisedAction(ref: ref, area: text, title: text, owners: [text], due: text)),
      .applied([PlanFingerprint(plan: text, file: text, sha256: text)]),
    ]
    for (offset, event) in events.enumerated() {
      let entry = JournalEntry(sequence: offset + 1, time: text, event: event)
      #expect(!entry.line.unicodeScalars.contains("\n"), "\(event.documentedType)")
      #expect(!entry.line.unicodeScalars.contains("\r"), "\(event.documentedType)")
      #expect(try JournalEntry(line: entry.line) == entry, "\(event.documentedType)")
    }
  }
}
