import BoardwalkMeeting
import Testing

/// A bad journal line and the message it must give.
struct BadLine: Sendable, CustomTestStringConvertible {
  let line: String
  let message: String

  init(_ line: String, _ message: String) {
    self.line = line
    self.message = message
  }

  var testDescription: String { line }
}

@Suite("a bad journal line says exactly what is wrong with it")
struct JournalLineErrorTests {
  static let head = #""at":"2026-11-22T10:00:00+00:00""#
  static let ref = #""plan":"harbour","action":"H1.1""#

  static let missingFields: [BadLine] = [
    BadLine(#"{\#(head),"type":"moved",\#(ref)}"#, #""seq" is missing"#),
    BadLine(#"{"seq":1,"type":"moved",\#(ref)}"#, #""at" is missing"#),
    BadLine(#"{"seq":1,\#(head),\#(ref)}"#, #""type" is missing"#),
    BadLine(#"{"seq":1,\#(head),"type":"note",\#(ref)}"#, #""text" is missing"#),
    BadLine(
      #"{"seq":1,\#(head),"type":"decision","plan":"harbour","text":"x"}"#, #""action" is missing"#),
    BadLine(#"{"seq":1,\#(head),"type":"moved","action":"H1.1"}"#, #""plan" is missing"#),
    BadLine(
      #"{"seq":1,\#(head),"type":"status",\#(ref),"from":"red","reason":"r"}"#, #""to" is missing"#),
    BadLine(
      #"{"seq":1,\#(head),"type":"status",\#(ref),"from":"red","to":"amber"}"#,
      #""reason" is missing"#),
    BadLine(#"{"seq":1,\#(head),"type":"confidential",\#(ref)}"#, #""confidential" is missing"#),
    BadLine(#"{"seq":1,\#(head),"type":"raised",\#(ref),"title":"t"}"#, #""area" is missing"#),
    BadLine(#"{"seq":1,\#(head),"type":"raised",\#(ref),"area":"H1"}"#, #""title" is missing"#),
    BadLine(#"{"seq":1,\#(head),"type":"struck"}"#, #""target" is missing"#),
    BadLine(#"{"seq":1,\#(head),"type":"applied"}"#, #""plans" is missing"#),
    BadLine(
      #"{"seq":1,\#(head),"type":"started","plans":[],"agenda":"","today":"2026-11-22"}"#,
      #""format" is missing"#),
    BadLine(
      #"{"seq":1,\#(head),"type":"started","format":"boardwalk-journal/1","agenda":"","today":"2026-11-22"}"#,
      #""plans" is missing"#),
    BadLine(
      #"{"seq":1,\#(head),"type":"started","format":"boardwalk-journal/1","plans":[],"today":"2026-11-22"}"#,
      #""agenda" is missing"#),
    BadLine(
      #"{"seq":1,\#(head),"type":"started","format":"boardwalk-journal/1","plans":[],"agenda":""}"#,
      #""today" is missing"#),
  ]

  static let wrongTypes: [BadLine] = [
    BadLine(#"{"seq":"1",\#(head),"type":"moved",\#(ref)}"#, #""seq" has the wrong type"#),
    BadLine(#"{"seq":1,"at":20261122,"type":"moved",\#(ref)}"#, #""at" has the wrong type"#),
    BadLine(#"{"seq":1,\#(head),"type":["note"],\#(ref)}"#, #""type" has the wrong type"#),
    BadLine(#"{"seq":1,\#(head),"type":"note",\#(ref),"text":42}"#, #""text" has the wrong type"#),
    BadLine(
      #"{"seq":1,\#(head),"type":"confidential",\#(ref),"confidential":"yes"}"#,
      #""confidential" has the wrong type"#),
    BadLine(
      #"{"seq":1,\#(head),"type":"raised",\#(ref),"area":"H1","title":"t","owners":"Head of SEND"}"#,
      #""owners" has the wrong type"#),
    BadLine(#"{"seq":1,\#(head),"type":"struck","target":"4"}"#, #""target" has the wrong type"#),
  ]

  static let notJSON: [BadLine] = [
    BadLine("hello", "not a valid JSON object"),
    BadLine(#"{"seq":1,"at":"2026-11-22T10:0"#, "not a valid JSON object"),
    BadLine("", "not a valid JSON object"),
    BadLine("[1,2,3]", "not a valid JSON object"),
    BadLine("42", "not a valid JSON object"),
    BadLine(#""note""#, "not a valid JSON object"),
    BadLine("null", "not a valid JSON object"),
  ]

  @Test("a missing field is named", arguments: missingFields)
  func missingField(_ bad: BadLine) {
    #expect(throws: JournalLineError(bad.message)) { try JournalEntry(line: bad.line) }
  }

  @Test("a field of the wrong type is named", arguments: wrongTypes)
  func wrongType(_ bad: BadLine) {
    #expect(throws: JournalLineError(bad.message)) { try JournalEntry(line: bad.line) }
  }

  @Test("a line that is not a JSON object says so", arguments: notJSON)
  func notAnObject(_ bad: BadLine) {
    #expect(throws: JournalLineError(bad.message)) { try JournalEntry(line: bad.line) }
  }

  @Test("an unknown type of entry is named, suggesting a newer Boardwalk")
  func unknownType() {
    let line = #"{"seq":1,\#(Self.head),"type":"vote",\#(Self.ref)}"#
    #expect(throws: JournalLineError(#"unknown entry type "vote" (written by a newer Boardwalk?)"#))
    {
      try JournalEntry(line: line)
    }
  }

  @Test("another journal format is refused, naming both formats")
  func wrongFormat() {
    let line =
      #"{"seq":1,\#(Self.head),"type":"started","format":"boardwalk-journal/2","plans":[],"agenda":"","today":"2026-11-22"}"#
    #expect(
      throws: JournalLineError(
        #"journal format "boardwalk-journal/2" is not boardwalk-journal/1; use a newer Boardwalk"#)
    ) { try JournalEntry(line: line) }
  }

  @Test("a field missing inside a plan fingerprint is named, not called invalid JSON")
  func nestedMissingField() {
    let line =
      #"{"seq":1,\#(Self.head),"type":"applied","plans":[{"plan":"harbour","file":"harbour.json"}]}"#
    #expect(throws: JournalLineError(#""plans.0.sha256" is missing"#)) {
      try JournalEntry(line: line)
    }
  }

  @Test("a field of the wrong type inside a plan fingerprint is named by its path")
  func nestedWrongType() {
    let line =
      #"{"seq":1,\#(Self.head),"type":"applied","plans":[{"plan":"harbour","file":"harbour.json","sha256":7}]}"#
    #expect(throws: JournalLineError(#""plans.0.sha256" has the wrong type"#)) {
      try JournalEntry(line: line)
    }
  }
}
