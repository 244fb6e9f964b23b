import Foundation

/// Whether a message says how to put its problem right. It does when it holds
/// - a clause that tells the reader what to do: one of ``verbs`` opening the message, or
///   following `; `, `: `, `, `, `(`, `or ` or `so `;
/// - a question naming the likely cause: `did you mean …?`, or `(is …?)`;
/// - a pointer to the format's documentation, `see docs/plan-format.md`.
enum FixHint {
  /// The imperatives Boardwalk's messages use.
  static let verbs = [
    "add", "change", "check", "choose", "define", "delete", "fill", "fix", "give", "keep",
    "leave", "name", "put", "remove", "rename", "save", "use", "write",
  ]

  private static let clauseOpeners = ["; ", ": ", ", ", "(", "or ", "so "]

  static func isOffered(in message: String) -> Bool {
    if message.contains("did you mean ") && message.contains("?") { return true }
    if message.contains("see docs/plan-format.md") { return true }
    if message.range(of: #"\(is [^()]*\?\)"#, options: .regularExpression) != nil { return true }
    for verb in verbs {
      if message.hasPrefix(verb + " ") { return true }
      for opener in clauseOpeners where message.contains(opener + verb + " ") {
        return true
      }
    }
    return false
  }
}
