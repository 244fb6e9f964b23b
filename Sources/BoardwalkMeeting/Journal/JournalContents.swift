/// A journal file's entries, read back, and what was wrong with its end.
public struct JournalContents: Sendable {
  public let entries: [JournalEntry]
  /// Set when the last line was cut short (a crash or power cut while writing it): it was
  /// skipped. Says what was skipped.
  public let tornTail: String?
  /// Byte length of the complete lines: where appending must continue.
  public let completeLength: Int

  /// Reads a journal's bytes. A last line without its line break, or that is not a whole
  /// entry, is a torn tail: reported and skipped. Any other bad line is an error naming it.
  public static func parse(_ bytes: [UInt8], file: String) throws(JournalError) -> JournalContents {
    var entries: [JournalEntry] = []
    var lineStart = 0
    var lineNumber = 0
    var completeLength = 0
    var tornTail: String?
    while lineStart < bytes.count {
      lineNumber += 1
      let newline = bytes[lineStart...].firstIndex(of: 0x0A)
      let lineEnd = newline ?? bytes.count
      let isLast = newline == nil || lineEnd + 1 >= bytes.count
      let text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
      if text.allSatisfy(\.isWhitespace) {
        if newline != nil { completeLength = lineEnd + 1 }
        lineStart = lineEnd + 1
        continue
      }
      do throws(JournalLineError) {
        guard newline != nil else {
          throw JournalLineError("the line has no line break: it was being written")
        }
        let entry = try JournalEntry(line: text)
        guard entry.sequence == (entries.last?.sequence ?? 0) + 1 else {
          throw JournalLineError(
            "entry \(entry.sequence) follows entry \(entries.last?.sequence ?? 0)")
        }
        entries.append(entry)
        completeLength = lineEnd + 1
      } catch {
        // A whole first line (ended by its line break) that is not an entry was not cut off
        // by a crash: the file is something else, and is left alone.
        if isLast && !(entries.isEmpty && newline != nil) {
          tornTail =
            "\(file):\(lineNumber): the last line is incomplete (\(error.message)), probably cut off by a crash or power cut; it was skipped (\(lineEnd - lineStart) bytes)"
          break
        }
        throw JournalError(
          "\(file):\(lineNumber): \(error.message); the journal is damaged here. Entries after it cannot be trusted: restore the file from a backup or remove the line by hand."
        )
      }
      lineStart = lineEnd + 1
    }
    if let first = entries.first, case .started = first.event {
    } else if !entries.isEmpty {
      throw JournalError(
        "\(file):1: a journal starts with a \"started\" entry; this file is not a Boardwalk meeting journal"
      )
    }
    return JournalContents(entries: entries, tornTail: tornTail, completeLength: completeLength)
  }
}
