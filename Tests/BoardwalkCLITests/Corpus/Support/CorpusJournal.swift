import BoardwalkCore
import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation

/// A meeting journal written by hand, as docs/meetings.md defines the format: a `started`
/// entry with the plan file's SHA-256, the meeting's details, then a move to and a note on
/// each action named, so every one of them is an item discussed in the minutes.
enum CorpusJournal {
  static let meetingDay = "2024-07-01"

  /// The journal's text (JSON Lines, one entry a line).
  static func text(planID: String, file: String, sha256: String, noteOn actions: [String])
    throws -> String
  {
    var entries: [[String: Any]] = [
      [
        "type": "started", "format": "boardwalk-journal/1", "agenda": "", "today": meetingDay,
        "plans": [["plan": planID, "file": file, "sha256": sha256]],
      ],
      ["type": "details", "title": "Improvement board", "date": meetingDay, "chair": "The chair"],
    ]
    for action in actions {
      entries.append(["type": "moved", "plan": planID, "action": action])
      entries.append(["type": "note", "plan": planID, "action": action, "text": "Discussed."])
    }
    var text = ""
    for (index, entry) in entries.enumerated() {
      var line = entry
      line["seq"] = index + 1
      line["at"] = "\(meetingDay)T10:\(String(format: "%02d", index % 60)):00+00:00"
      let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
      text += String(decoding: data, as: UTF8.self) + "\n"
    }
    return text
  }

  /// A journal starting a meeting over the plan file at `path`, with a note on each of its
  /// actions when they can be read, written into `folder`; returns the journal's path.
  static func write(over path: String, into folder: ScratchFolder) throws -> String {
    let facts = try PlanFacts(path: path)
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let journal = try text(
      planID: facts.planID ?? "unreadable-plan", file: path, sha256: SHA256.hex(of: bytes),
      noteOn: facts.actions?.map(\.id) ?? [])
    return try folder.write("meeting.jsonl", text: journal)
  }
}
