import BoardwalkTestSupport
import Foundation

/// A meeting over copies of the fixture plans alpha.json and beta.json, with its journal:
/// action A2 of alpha taken in confidence (a note, a decision and a status change whose
/// texts hold a marker, and a confidential new action), and B-1 of beta minuted in public.
struct FaultMeeting {
  /// In every confidential text, and in no public one.
  static let marker = "MARKER-Q7Z"

  let folder: ScratchFolder
  let alpha: String
  let beta: String
  let journal: String

  /// `plans` and `journalFolder` are folders inside `folder` (made if missing) for the plan
  /// copies and the journal; `edit` may add to (or change) the journal before it is written.
  init(
    in folder: ScratchFolder, plans: String = "plans", betaFolder: String? = nil,
    journalFolder: String = ".", edit: (inout MeetingJournalText) -> Void = { _ in }
  ) throws {
    self.folder = folder
    alpha = try folder.folder(plans) + "/alpha.json"
    beta = try folder.folder(betaFolder ?? plans) + "/beta.json"
    try FileManager.default.copyItem(atPath: Fixtures.alpha, toPath: alpha)
    try FileManager.default.copyItem(atPath: Fixtures.beta, toPath: beta)
    journal = try folder.folder(journalFolder) + "/meeting.jsonl"
    var text = try MeetingJournalText(plans: [("alpha", alpha), ("beta", beta)])
    let marker = Self.marker
    text.add(["type": "moved", "plan": "alpha", "action": "A2"])
    text.add(["type": "confidential", "plan": "alpha", "action": "A2", "confidential": true])
    text.add([
      "type": "note", "plan": "alpha", "action": "A2", "text": "\(marker) note on a named child",
    ])
    text.add([
      "type": "decision", "plan": "alpha", "action": "A2", "text": "\(marker) decision to refer",
    ])
    text.add([
      "type": "status", "plan": "alpha", "action": "A2", "from": "off-track", "to": "at-risk",
      "reason": "\(marker) reason",
    ])
    text.add([
      "type": "raised", "plan": "alpha", "action": "A11", "area": "P1",
      "title": "\(marker) raised in confidence", "owners": ["\(marker) owner"], "due": "2027-01",
      "confidential": true,
    ])
    text.add(["type": "moved", "plan": "beta", "action": "B-1"])
    text.add([
      "type": "note", "plan": "beta", "action": "B-1", "text": "Public note on waiting times",
    ])
    text.add([
      "type": "status", "plan": "beta", "action": "B-1", "from": "amber-red", "to": "red",
      "reason": "Public reason: the backlog grew",
    ])
    edit(&text)
    try text.write(to: journal)
  }

  /// Runs `boardwalk COMMAND --journal JOURNAL REST` in the folder, where `arguments` is
  /// COMMAND then REST.
  func run(_ arguments: [String], umask: String? = nil) throws -> CommandResult {
    let command = Array(arguments.prefix(1)) + ["--journal", journal] + arguments.dropFirst()
    return try CommandRunner.run(command, in: URL(fileURLWithPath: folder.path), umask: umask)
  }
}
