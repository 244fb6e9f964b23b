import BoardwalkCore
import BoardwalkMeeting
import Testing

/// Issue 14: the board file (`board.jsonc`): JSON with `//` comments, every mistake named by
/// its field with what to write.
@Suite("the board file")
struct BoardFileTests {
  static func parse(_ text: String) throws(BoardFileError) -> Board {
    try Board.parse(Array(text.utf8), file: "board.jsonc")
  }

  static func message(_ text: String) -> String? {
    do {
      _ = try parse(text)
      return nil
    } catch {
      return error.message
    }
  }

  static let minimal = #"{ "format": "boardwalk-board/1", "name": "A board" }"#

  @Test(
    "the starter file init writes reads back: members, quorum, prefix, folder, items, schedule, venue"
  )
  func starter() throws {
    let board = try Self.parse(Board.starter)
    #expect(board.name == "Northbrook SEND Improvement Board")
    #expect(board.members.count == 5)
    #expect(board.votingMembers.count == 4)
    #expect(board.quorum == 3)
    #expect(board.minutePrefix == "NSIB")
    #expect(board.meetingsFolder == "meetings")
    #expect(board.standingItems.first == "Welcome, apologies and quorum")
    #expect(board.schedule.map(\.description) == ["2026-11-22", "2027-01-24", "2027-03-21"])
    #expect(board.venue == "Council Chamber, Guildhall")
    #expect(board.time == "10:00")
    #expect(board.minuteTaker == "SEND Programme Manager")
    let day = CalendarDate(year: 2026, month: 12, day: 1)!
    #expect(board.nextMeeting(after: day)?.description == "2027-01-24")
    #expect(board.lastMeeting(before: day)?.description == "2026-11-22")
    #expect(board.journalPath(for: day) == "meetings/2026-12-01.jsonl")
  }

  @Test(
    "without the optional fields: default items, prefix and folder; quorum a majority of voters")
  func defaults() throws {
    let board = try Self.parse(Self.minimal)
    #expect(board.standingItems == Board.defaultStandingItems)
    #expect(board.minutePrefix == "MIN")
    #expect(board.meetingsFolder == "meetings")
    #expect(board.quorum == 1)
    #expect(board.notedWording)
  }

  @Test("notedWording: false leaves plan items walked through with nothing recorded unminuted")
  func notedWordingOff() throws {
    let board = try Self.parse(
      #"{ "format": "boardwalk-board/1", "name": "B", "notedWording": false }"#)
    #expect(!board.notedWording)
    #expect(try Self.parse(Board.starter).notedWording)
  }

  @Test("// inside a string is text, not a comment")
  func commentsOutsideStrings() throws {
    let board = try Self.parse(
      #"{ "format": "boardwalk-board/1", "name": "Board // see https://example.org" } // end"#)
    #expect(board.name == "Board // see https://example.org")
  }

  @Test(
    "each mistake names its field and what to write",
    arguments: [
      (
        #"{ "format": "boardwalk-board/1", "name": "B", "qorum": 2 }"#,
        "qorum: not a field of a board file; did you mean \"quorum\"?"
      ),
      (#"{ "name": "B" }"#, "format: write \"boardwalk-board/1\""),
      (#"{ "format": "boardwalk-board/1" }"#, "name: missing"),
      (
        #"{ "format": "boardwalk-board/1", "name": "B", "quorum": 0 }"#,
        "quorum: write how many voting members"
      ),
      (
        #"{ "format": "boardwalk-board/1", "name": "B", "quorum": true }"#,
        "quorum: write how many voting members"
      ),
      (
        #"{ "format": "boardwalk-board/1", "name": "B", "quorum": 3, "members": [{ "name": "A" }] }"#,
        "quorum: 3 is more than the 1 voting members listed"
      ),
      (
        #"{ "format": "boardwalk-board/1", "name": "B", "members": [{ "name": "A", "voting": 1 }] }"#,
        "members[1].voting: write true or false"
      ),
      (
        #"{ "format": "boardwalk-board/1", "name": "B", "members": [{ "name": "A" }, { "name": "a" }] }"#,
        "members[2].name: \"a\" is listed twice"
      ),
      (
        #"{ "format": "boardwalk-board/1", "name": "B", "schedule": ["2027-02-30"] }"#,
        "schedule[1]: \"2027-02-30\" is not a day"
      ),
      (
        #"{ "format": "boardwalk-board/1", "name": "B", "notedWording": "yes" }"#,
        "notedWording: write true or false"
      ),
      (
        #"{ "format": "boardwalk-board/1", "name": "B", "notedWording": 0 }"#,
        "notedWording: write true or false"
      ),
      (#"{ "format": "boardwalk-board/1", "name": "B", "#, "not valid JSON"),
    ])
  func mistakes(_ text: String, _ expected: String) {
    let message = Self.message(text)
    #expect(message?.hasPrefix("board.jsonc: ") == true, "\(message ?? "accepted")")
    #expect(message?.contains(expected) == true, "\(message ?? "accepted")")
  }
}
