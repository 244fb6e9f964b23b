/// What the meeting screen says about the journal and the agenda.
extension ScreenCapture {
  /// The journal's entry count in the header's "N entries saved": the number of entries the
  /// app had written and flushed to disk when it drew this screen.
  var savedEntryCount: Int? {
    guard lines.count > 1, let match = lines[1].firstMatch(of: #/(\d+) entries saved/#) else {
      return nil
    }
    return Int(match.1)
  }

  /// The bottom row: the status line with its message.
  var statusLine: String { lines.last ?? "" }

  /// Whether the Item pane, beside the agenda, opens with action `id`'s title row (`ID
  /// TITLE` right after the two panes' borders; the agenda's own rows start with marks).
  func showsItem(_ id: String) -> Bool {
    lines.contains { $0.contains("││\(id) ") }
  }
}

extension TmuxSession {
  /// Waits until the header says exactly `count` entries are saved.
  @discardableResult
  func waitForSavedCount(_ count: Int, seconds: Int = patience, _ context: String = "")
    async throws -> ScreenCapture
  {
    try await waitForScreen("\"\(count) entries saved\" \(context)", seconds: seconds) {
      $0.savedEntryCount == count
    }
  }
}
