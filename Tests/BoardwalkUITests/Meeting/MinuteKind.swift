import BoardwalkMeeting
import BoardwalkUI

/// The two kinds of minute text written in the editor and saved as they are: a discussion
/// note (`n`) and a decision (`d`).
enum MinuteKind: String, CaseIterable, Sendable {
  case note
  case decision

  var key: String { self == .note ? "n" : "d" }

  /// The journal event for `text` on `ref`.
  func event(_ ref: ActionRef, _ text: String) -> MeetingEvent {
    self == .note ? .note(ref, text: text) : .decision(ref, text: text)
  }

  /// What the meeting records.
  func kind(_ text: String) -> ItemRecord.Entry.Kind {
    self == .note ? .note(text) : .decision(text)
  }

  /// How the item shows it under "This meeting".
  func shown(_ text: String) -> String {
    (self == .note ? "• Note: " : "• Decision: ") + text
  }
}
