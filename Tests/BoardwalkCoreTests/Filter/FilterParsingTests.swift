import Testing

@testable import BoardwalkCore

@Suite("Filter grammar: every form docs/filters.md gives")
struct FilterParsingTests {
  static func terms(_ text: String) throws -> [FilterTerm] {
    try FilterParser.parse(text).terms
  }

  @Test("an empty or blank expression has no terms", arguments: ["", " ", "  \t "])
  func empty(text: String) throws {
    #expect(try Self.terms(text).isEmpty)
    #expect(try FilterParser.parse(text) == .all)
  }

  @Test(
    "each key, in any case",
    arguments: [
      ("owner:LAP", FilterKey.owner, "LAP"), ("OWNER:LAP", .owner, "LAP"),
      ("Area:AFI4", .area, "AFI4"),
      ("PLAN:hull", .plan, "hull"), ("Status:red", .status, "red"), ("dUE:Tbc", .due, "Tbc"),
    ])
  func keys(text: String, key: FilterKey, value: String) throws {
    #expect(try Self.terms(text) == [FilterTerm(key, [value])])
  }

  @Test("values keep their case; comparing them ignores it")
  func valueCase() throws {
    #expect(try Self.terms("Status:RED") == [FilterTerm(.status, ["RED"])])
  }

  @Test("a comma means any of")
  func anyOf() throws {
    #expect(try Self.terms("status:red,amber") == [FilterTerm(.status, ["red", "amber"])])
    #expect(
      try Self.terms("plan:hull-send-2024,dfe-suffolk-stocktake-2025")
        == [FilterTerm(.plan, ["hull-send-2024", "dfe-suffolk-stocktake-2025"])])
  }

  @Test("terms separated by spaces must all hold")
  func severalTerms() throws {
    #expect(
      try Self.terms("status:red,amber   area:AFI4\tdue:30d")
        == [
          FilterTerm(.status, ["red", "amber"]), FilterTerm(.area, ["AFI4"]),
          FilterTerm(.due, ["30d"]),
        ])
  }

  @Test("a leading minus negates a term")
  func negation() throws {
    #expect(try Self.terms("-status:done") == [FilterTerm(.status, ["done"], negated: true)])
    #expect(try Self.terms("-owner:LAP") == [FilterTerm(.owner, ["LAP"], negated: true)])
    #expect(try Self.terms("-word") == [FilterTerm(.text, ["word"], negated: true)])
    #expect(
      try Self.terms("-\"local offer\"") == [FilterTerm(.text, ["local offer"], negated: true)])
  }

  @Test("quoted values hold spaces and commas")
  func quoted() throws {
    #expect(try Self.terms("owner:\"Head of SEND\"") == [FilterTerm(.owner, ["Head of SEND"])])
    #expect(
      try Self.terms("owner:\"Head of SEND\",\"SEND Programme Manager\"")
        == [FilterTerm(.owner, ["Head of SEND", "SEND Programme Manager"])])
    #expect(try Self.terms("owner:\"a, b\",c") == [FilterTerm(.owner, ["a, b", "c"])])
  }

  /// Found by the filter fuzzer: a combining mark after a quote, colon or comma makes one
  /// Character with it, which is none of them; the parser reads scalars, so it still is.
  @Test("a quote, colon or comma followed by a combining mark keeps its meaning")
  func combiningMarks() throws {
    #expect(try Self.terms("owner:\"\u{301}a b\"") == [FilterTerm(.owner, ["\u{301}a b"])])
    #expect(try Self.terms("owner:\u{301}x") == [FilterTerm(.owner, ["\u{301}x"])])
    #expect(try Self.terms("owner:a,\u{200D}b") == [FilterTerm(.owner, ["a", "\u{200D}b"])])
    let marked = FilterExpression(terms: [FilterTerm(.text, ["\"\u{301}", ":\u{301}"])])
    #expect(try FilterParser.parse(marked.description) == marked)
  }

  @Test("inside quotes, \\\" is a quote and \\\\ a backslash")
  func escapes() throws {
    #expect(try Self.terms(#"owner:"say \"hi\"""#) == [FilterTerm(.owner, [#"say "hi""#])])
    #expect(try Self.terms(#""back\\slash""#) == [FilterTerm(.text, [#"back\slash"#])])
    #expect(try Self.terms(#""\\\"""#) == [FilterTerm(.text, [#"\""#])])
  }

  @Test("owner: matches a whole owner by default; owner:= says so; owner:~ matches a part")
  func exactOwner() throws {
    #expect(try Self.terms("owner:LAP") == [FilterTerm(.owner, ["LAP"], exact: true)])
    #expect(try Self.terms("owner:=LAP") == [FilterTerm(.owner, ["LAP"], exact: true)])
    #expect(try Self.terms("owner:~LAP") == [FilterTerm(.owner, ["LAP"], exact: false)])
    #expect(try Self.terms("owner:~LAP") != [FilterTerm(.owner, ["LAP"])])
    #expect(try Self.terms("-owner:~\"of SEND\"").first?.description == "-owner:~\"of SEND\"")
    #expect(
      try Self.terms("owner:=\"Head of SEND\"")
        == [FilterTerm(.owner, ["Head of SEND"], exact: true)])
    #expect(
      try Self.terms("-owner:=LAP") == [FilterTerm(.owner, ["LAP"], negated: true, exact: true)])
  }

  @Test("~ and = belong to owner: alone")
  func matchMarksOnOtherKeys() {
    #expect(throws: FilterError.self) { try Self.terms("status:~red") }
    #expect(throws: FilterError.self) { try Self.terms("area:=APA1") }
  }

  @Test("bare words and quoted phrases search text")
  func text() throws {
    #expect(
      try Self.terms("local offer") == [FilterTerm(.text, ["local"]), FilterTerm(.text, ["offer"])])
    #expect(try Self.terms("\"local offer\"") == [FilterTerm(.text, ["local offer"])])
    #expect(try Self.terms("\"PAP5A:1\"") == [FilterTerm(.text, ["PAP5A:1"])])
    #expect(try Self.terms("café") == [FilterTerm(.text, ["café"])])
  }

  @Test("a word not followed by a colon is text, even when it names a key")
  func keyWordsAsText() throws {
    #expect(
      try Self.terms("owner status") == [
        FilterTerm(.text, ["owner"]), FilterTerm(.text, ["status"]),
      ])
  }

  @Test("a value may hold a colon after its key")
  func colonInValue() throws {
    #expect(try Self.terms("owner:a:b") == [FilterTerm(.owner, ["a:b"])])
  }

  @Test("the mix of the documented examples")
  func documentedExamples() throws {
    #expect(
      try Self.terms("owner:\"Head of SEND\" due:overdue")
        == [FilterTerm(.owner, ["Head of SEND"]), FilterTerm(.due, ["overdue"])])
    #expect(
      try Self.terms("-status:done due:30d")
        == [FilterTerm(.status, ["done"], negated: true), FilterTerm(.due, ["30d"])])
    #expect(
      try Self.terms("\"local offer\" -status:done")
        == [FilterTerm(.text, ["local offer"]), FilterTerm(.status, ["done"], negated: true)])
    #expect(try Self.terms("due:2027-01..2027-03") == [FilterTerm(.due, ["2027-01..2027-03"])])
    #expect(try Self.terms("due:..2027-03") == [FilterTerm(.due, ["..2027-03"])])
    #expect(try Self.terms("due:2027-01..") == [FilterTerm(.due, ["2027-01.."])])
  }

  @Test("value ranges point at each value in the text, in characters")
  func valueRanges() throws {
    let term = try #require(Self.terms("café status:red,\"on-track\"").last)
    #expect(term.valueRanges == [12..<15, 16..<26])
  }
}
