import BoardwalkCore

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
    var lines = Self.lines(of: bytes)
    // A file that is not a journal (a plan given where the journal goes) is refused on its
    // first line, before the rest of it is decoded.
    if sequence == 0, let first = Self.firstEntryLine(lines, of: bytes, kind: kind),
      !first.isStart
    {
      lines = Array(lines[...first.index])
    }
    let decoded = Self.decode(lines, of: bytes)
    var entries: [JournalEntry] = []
    entries.reserveCapacity(lines.count)
    var completeLength = 0
    var tornTail: String?
    var lacksFinalLineBreak = false
    for (offset, line) in lines.enumerated() {
      let lineNumber = offset + 1
      let isLast = !line.hasBreak || line.end + 1 >= bytes.count
      guard let result = decoded[offset] else {
        // A blank line: skipped, and counted as written when it is whole.
        if line.hasBreak { completeLength = line.end + 1 }
        continue
      }
      do throws(JournalLineError) {
        let entry = try result.get()
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
        completeLength = line.hasBreak ? line.end + 1 : bytes.count
        lacksFinalLineBreak = !line.hasBreak
      } catch {
        let text = String(decoding: bytes[line.start..<line.end], as: UTF8.self)
        if entries.isEmpty && sequence == 0 {
          throw notAJournal(file, line: lineNumber, text: text, error, kind: kind)
        }
        if isLast {
          let reason = line.hasBreak ? error.message : "it has no line break: it was being written"
          tornTail =
            "\(file):\(lineNumber): the last line is incomplete (\(reason)), probably cut off by a crash or power cut; it was skipped (\(line.end - line.start) bytes)"
          break
        }
        throw JournalError(
          "\(file):\(lineNumber): \(error.message); the journal is damaged here. Entries after it cannot be trusted: restore the file from a backup or remove the line by hand."
        )
      }
    }
    return JournalContents(
      entries: entries, tornTail: tornTail, completeLength: completeLength,
      lacksFinalLineBreak: lacksFinalLineBreak)
  }

  /// The meeting a journal's first line starts, read from that line alone (a command that
  /// can start on the plans before the rest of the journal is read); `nil` when the first
  /// line is not a meeting's start, which ``parse(_:file:after:kind:)`` then reports.
  public static func start(of bytes: [UInt8]) -> MeetingStart? {
    for line in lines(of: bytes) {
      guard let result = decode([line], of: bytes).first else { continue }
      guard let decoded = result else { continue }  // a blank line
      guard case .success(let entry) = decoded, case .started(let start) = entry.event else {
        return nil
      }
      return start
    }
    return nil
  }

  /// The first line that is not blank, and whether it starts a file of `kind`.
  private static func firstEntryLine(_ lines: [Line], of bytes: [UInt8], kind: JournalKind)
    -> (index: Int, isStart: Bool)?
  {
    for (index, line) in lines.enumerated() {
      guard let result = decode([line], of: bytes).first, let decoded = result else { continue }
      guard case .success(let entry) = decoded else { return (index, false) }
      return (index, kind.isStart(entry.event))
    }
    return nil
  }

  /// Where a line of a journal lies in its bytes: `start..<end`, and whether a line break
  /// follows it (the last line of a file being written may lack one).
  struct Line: Sendable {
    let start: Int
    let end: Int
    let hasBreak: Bool
  }

  /// The lines of `bytes`, found in one pass.
  static func lines(of bytes: [UInt8]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    while start < bytes.count {
      let newline = bytes[start...].firstIndex(of: 0x0A)
      let end = newline ?? bytes.count
      lines.append(Line(start: start, end: end, hasBreak: newline != nil))
      start = end + 1
    }
    return lines
  }

  /// Lines in a batch decoded together: enough to be worth a core, few enough that a
  /// journal of a few thousand entries is shared out.
  static let batch = 512

  /// Each line's entry, or why it is not one; `nil` for a blank line. Lines are independent
  /// of each other, so a long journal is decoded in batches on every core; the order in
  /// which entries follow one another is checked afterwards, in one pass.
  static func decode(
    _ lines: [Line], of bytes: [UInt8]
  ) -> [Result<JournalEntry, JournalLineError>?] {
    @Sendable func decode(_ line: Line) -> Result<JournalEntry, JournalLineError>? {
      // A line that starts an object is not blank: most lines, so most need no look.
      let text = String(decoding: bytes[line.start..<line.end], as: UTF8.self)
      if bytes[line.start] != UInt8(ascii: "{"), text.allSatisfy(\.isWhitespace) { return nil }
      return Result { () throws(JournalLineError) in try JournalEntry(line: text) }
    }
    guard lines.count > batch else { return lines.map(decode) }
    let batches = stride(from: 0, to: lines.count, by: batch).map {
      $0..<min($0 + batch, lines.count)
    }
    return ConcurrentMap.map(batches) { range in lines[range].map(decode) }.flatMap { $0 }
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
