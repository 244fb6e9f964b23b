/// One thing the minute-taker does in a scripted meeting: the keys that do it (tmux key
/// names, and texts, which always hold a space so tmux never takes them for key names) and
/// the journal entry it must leave.
struct ScriptedEdit: Sendable, CustomStringConvertible {
  enum Kind: String, Sendable {
    case note
    case decision
    case status
    case move = "moved"
  }

  let kind: Kind
  let keys: [String]
  /// The text the entry holds (a status change's reason); none for a move.
  let text: String?

  /// Whether a journal entry is the one this edit leaves.
  func isRecorded(by entry: JournalSnapshot.Entry) -> Bool {
    entry.type == kind.rawValue && entry.text == text
  }

  var description: String { "\(kind.rawValue)" + (text.map { " \"\($0)\"" } ?? "") }
}

/// A meeting of several hundred edits: notes, decisions and status changes, with moves
/// between agenda items among them. Every text is unique, so each entry in the journal
/// says which edit wrote it.
enum EditScript {
  /// `edits` notes, decisions and status changes, with moves mixed in, over an agenda of
  /// `items` items starting at the first.
  static func make(edits: Int, items: Int, random: inout SeededRandom) -> [ScriptedEdit] {
    var script: [ScriptedEdit] = []
    var made = 0
    var position = 0
    while made < edits {
      let roll = Int.random(in: 0..<100, using: &random)
      let number = script.count + 1
      let text = "\(number) \(word(&random))"
      if roll < 15 {
        // Forward more often than back, and never past either end: there the chair stays
        // where it is, and that is not journalled.
        var back = Int.random(in: 0..<3, using: &random) == 0
        if position == 0 { back = false }
        if position == items - 1 { back = true }
        position += back ? -1 : 1
        script.append(ScriptedEdit(kind: .move, keys: [back ? "[" : "]"], text: nil))
        continue
      }
      made += 1
      if roll < 55 {
        script.append(
          ScriptedEdit(kind: .note, keys: ["n", "note " + text, "Enter"], text: "note " + text))
      } else if roll < 80 {
        script.append(
          ScriptedEdit(
            kind: .decision, keys: ["d", "decision " + text, "Enter"], text: "decision " + text))
      } else {
        // Up to the top of the scale, then down to one of its first three levels: Hull's
        // scale is not-due, some-concerns, on-track, then embedded, a done level that
        // only closing the action reaches.
        let down = Array(repeating: "Down", count: Int.random(in: 0..<3, using: &random))
        script.append(
          ScriptedEdit(
            kind: .status,
            keys: ["s", "Up", "Up", "Up"] + down + ["Enter", "reason " + text, "Enter"],
            text: "reason " + text))
      }
    }
    return script
  }

  /// Three random lower-case letters, now and then with an accented one.
  private static func word(_ random: inout SeededRandom) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyzé")
    return String((0..<3).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] })
  }
}
