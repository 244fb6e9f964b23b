import BoardwalkMeeting

/// The journal reader's properties, for any bytes at all (read as a lead's return when
/// their first line starts one, else as a meeting's journal):
///
/// 1. `JournalContents.parse` returns or throws a `JournalError` with a message: it never
///    crashes.
/// 2. Where reading stopped is a line boundary within the file: `completeLength` is 0 or
///    just after a line feed.
/// 3. Every entry read writes back (`entry.line`) as one line, without a line break, that
///    reads back (`JournalEntry(line:)`) to the same entry.
/// 4. The entries read, written back one per line, make a journal that reads back to the
///    same entries, with no torn tail, complete to its last byte.
public func checkJournalReaderProperties(_ bytes: [UInt8]) {
  let contents: JournalContents
  let kind = JournalKind.detect(bytes) ?? .meeting
  do {
    contents = try JournalContents.parse(bytes, file: "fuzz.jsonl", kind: kind)
  } catch {
    require(!error.message.isEmpty, "a journal error has a message")
    return
  }
  let end = contents.completeLength
  require(
    end == 0 || (end <= bytes.count && bytes[end - 1] == 0x0A),
    "a journal's complete length ends a line", "\(end) of \(bytes.count) bytes")
  var rewritten: [UInt8] = []
  for entry in contents.entries {
    let line = entry.line
    require(
      !line.utf8.contains(0x0A) && !line.utf8.contains(0x0D),
      "a journal entry is written as one line", shown(line))
    do {
      let again = try JournalEntry(line: line)
      require(again == entry, "a journal entry reads back as itself", shown(line))
    } catch {
      propertyFailure("a journal entry's line reads back", "\(shown(line)): \(error)")
    }
    rewritten += Array(line.utf8) + [0x0A]
  }
  do {
    let again = try JournalContents.parse(rewritten, file: "rewritten.jsonl", kind: kind)
    require(
      again.entries == contents.entries && again.tornTail == nil
        && again.completeLength == rewritten.count,
      "a journal written back from its entries reads back to them",
      shown(String(decoding: rewritten, as: UTF8.self)))
  } catch {
    propertyFailure("a journal written back from its entries reads", "\(error)")
  }
}
