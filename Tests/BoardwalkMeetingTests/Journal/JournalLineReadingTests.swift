import BoardwalkMeeting
import Testing

/// Most journal lines are flat objects, read without Foundation's decoder (which cost more
/// than reading a 40,000-note journal was worth); these lines pin that reading to what the
/// decoder reads: escapes, spacing, nulls, unknown fields, and what it refuses.
@Suite("Journal lines read the same, flat or not")
struct JournalLineReadingTests {
  static let ref = ActionRef(plan: "harbour", action: "H1.1")

  @Test("escapes, surrogate pairs and spacing are read as JSON reads them")
  func escapes() throws {
    let line =
      #"  { "seq" : 7 , "at":"2026-11-22T10:00:00+00:00", "type":"note","plan":"harbour","action":"H1.1","text":"Cr\u00e8che \"places\" \\ 𝄞 \ud834\udd1e\n\tend\/" }  "#
    let entry = try JournalEntry(line: line)
    #expect(entry.sequence == 7)
    #expect(entry.event == .note(Self.ref, text: "Crèche \"places\" \\ 𝄞 𝄞\n\tend/"))
  }

  @Test("null optional fields, unknown fields of any kind and written lines all read back")
  func nullsAndUnknownFields() throws {
    let status = try JournalEntry(
      line:
        #"{"seq":3,"at":"t","type":"status","plan":"harbour","action":"H1.1","from":null,"to":"red","reason":"slipped","x-note":1.5,"x-list":[1,{"a":null}],"x-flag":true}"#
    )
    #expect(status.event == .statusChanged(Self.ref, from: nil, to: "red", reason: "slipped"))
    for event in [
      MeetingEvent.moved(Self.ref), .decision(Self.ref, text: "Agreed, \"with\" care\n"),
      .confidential(Self.ref, true), .struck(sequence: 12), .closureConfirmed(Self.ref),
    ] {
      let entry = JournalEntry(sequence: 4, time: "2026-11-22T10:00:00+00:00", event: event)
      #expect(try JournalEntry(line: entry.line) == entry)
    }
  }

  @Test(
    "a wrong type, a list that is not a list, or a bad number is refused as before",
    arguments: [
      (
        #"{"seq":"1","at":"t","type":"moved","plan":"p","action":"a"}"#,
        "\"seq\" has the wrong type"
      ),
      (#"{"seq":1,"at":2,"type":"moved","plan":"p","action":"a"}"#, "\"at\" has the wrong type"),
      (
        #"{"seq":1,"at":"t","type":"raised","plan":"p","action":"a","area":"A","title":"T","owners":"x"}"#,
        "\"owners\" has the wrong type"
      ),
      (#"{"seq":1,"at":"t","type":"moved","plan":"p"}"#, "\"action\" is missing"),
      (#"{"seq":1,"at":"t","type":"moved","plan":"p","action":"a""#, "not a valid JSON object"),
    ])
  func refusals(line: String, message: String) {
    #expect(throws: JournalLineError(message)) { try JournalEntry(line: line) }
  }
}
