/// A journal file's entries, read back, and what was wrong with its end.
public struct JournalContents: Sendable {
  public let entries: [JournalEntry]
  /// Set when the last line was cut short (a crash or power cut while writing it): it was
  /// skipped. Says what was skipped.
  public let tornTail: String?
  /// Byte length of the complete lines: where appending must continue.
  public let completeLength: Int
  /// Whether the last entry is whole but lacks its line break (a crash between the entry's
  /// bytes and the disk's record of its length, or an editor that drops the last line
  /// break): the entry counts, and the line break is added before anything follows it.
  public let lacksFinalLineBreak: Bool

  /// Reads a journal's bytes.
  ///
  /// A file is a journal of `kind` when it is empty (or blank), or when its first line is a
  /// whole entry of the kind's first type (`started` for a meeting, `return-started` for a
  /// return); anything else, the other kind included, is refused, so that no other file is
  /// ever taken for a journal and written to. Entries of the other kind are errors. After that first line, a last line that is not a whole entry
  /// is a torn tail: reported and skipped. A last line that is a whole entry but lacks its
  /// line break is kept. Any other bad line is an error naming it.
  ///
  /// With `sequence`, `bytes` are what follows entry `sequence` of a journal already read
  /// (a journal that grew while it was followed): their first entry must be the next one.
  public static func parse(
    _ bytes: [UInt8], file: String, after sequence: Int = 0, kind: JournalKind = .meeting
  ) throws(JournalError) -> JournalContents {
    var entries: [JournalEntry] = []
    var lineStart = 0
    var lineNumber = 0
    var completeLength = 0
    var tornTail: String?
    var lacksFinalLineBreak = false
    while lineStart < bytes.count {
      lineNumber += 1
      let newline = bytes[lineStart...].firstIndex(of: 0x0A)
      let lineEnd = newline ?? bytes.count
      let isLast = newline == nil || lineEnd + 1 >= bytes.count
      let text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
      // A line that starts an object is not blank: most lines, so most need no look.
      if bytes[lineStart] != UInt8(ascii: "{"), text.allSatisfy(\.isWhitespace) {
        if newline != nil { completeLength = lineEnd + 1 }
        lineStart = lineEnd + 1
        continue
      }
      do throws(JournalLineError) {
        let entry = try JournalEntry(line: text)
        let previous = entries.last?.sequence ?? sequence
        guard entry.sequence == previous + 1 else {
          throw JournalLineError("entry \(entry.sequence) follows entry \(previous)")
        }
        if previous == 0 {
          guard kind.isStart(entry.event) else {
            throw JournalLineError(
              "a \(kind == .meeting ? "journal" : kind.name) starts with a \"\(kind.firstType)\" entry"
            )
          }
        } else if !kind.allows(entry.event) {
          throw JournalLineError(
            "a \"\(entry.line.firstType)\" entry does not belong in a \(kind.name)")
        }
        entries.append(entry)
        completeLength = newline.map { $0 + 1 } ?? bytes.count
        lacksFinalLineBreak = newline == nil
      } catch {
        if entries.isEmpty && sequence == 0 {
          throw notAJournal(file, line: lineNumber, text: text, error, kind: kind)
        }
        if isLast {
          let reason = newline == nil ? "it has no line break: it was being written" : error.message
          tornTail =
            "\(file):\(lineNumber): the last line is incomplete (\(reason)), probably cut off by a crash or power cut; it was skipped (\(lineEnd - lineStart) bytes)"
          break
        }
        throw JournalError(
          "\(file):\(lineNumber): \(error.message); the journal is damaged here. Entries after it cannot be trusted: restore the file from a backup or remove the line by hand."
        )
      }
      lineStart = lineEnd + 1
    }
    return JournalContents(
      entries: entries, tornTail: tornTail, completeLength: completeLength,
      lacksFinalLineBreak: lacksFinalLineBreak)
  }

  /// The refusal of a file whose first line is not the start of a `kind` file.
  private static func notAJournal(
    _ file: String, line: Int, text: String, _ error: JournalLineError, kind: JournalKind
  ) -> JournalError {
    // A plan given where the journal goes is the likeliest mix-up, then the other kind of
    // journal: say so plainly.
    let other = JournalKind.detect(Array(text.utf8)).flatMap { $0 == kind ? nil : $0 }
    let reason =
      text.contains("\"boardwalk-plan/")
      ? "it looks like a plan file" : other.map { "it is a \($0.name)" } ?? error.message
    let fresh =
      switch kind {
      case .meeting:
        "give a new file name for a new meeting, or the journal of the meeting to resume"
      case .return: "give the lead's return file for the cycle, or a new file name"
      }
    let article = kind == .meeting ? "A journal" : "A return file"
    var message =
      "\(file):\(line): this file is not a Boardwalk \(kind.name) (\(reason)); it was left as it was. \(article)'s first line is its \"\(kind.firstType)\" entry: \(fresh)"
    if text.hasPrefix("{\"seq\":1,") {
      message +=
        ". If it is a journal whose first line was cut off by a crash, nothing in it was saved: remove it and start again"
    }
    return JournalError(message)
  }
}

extension String {
  /// The `type` field of a journal line written by ``JournalEntry/line``.
  fileprivate var firstType: String {
    guard let start = range(of: "\"type\":\""),
      let end = self[start.upperBound...].firstIndex(of: "\"")
    else { return "?" }
    return String(self[start.upperBound..<end])
  }
}
