import Testing

@testable import BoardwalkCore

@Suite("Text search: id, title, owners, outcomes, measures and update texts")
struct TextSearchFilterTests {
  @Test(
    "each searched field",
    arguments: [
      // id: "1.1" is contained in 1.1 and 1.10.
      ("1.1", ["1.1", "1.10"]),
      ("\"PAP1:2\"", ["PAP1:2"]),
      // title
      ("website", ["1.1"]),
      ("timeliness", ["PAP1:1"]),
      // owners
      ("\"icb director\"", ["A2", "A10"]),
      ("adulthood", ["PAP1:3"]),
      // outcomes: 1.1's title and outcomes, A10's outcomes.
      ("\"local offer\"", ["1.1", "A10"]),
      ("usage", ["A10"]),
      // measures
      ("\"audit scores\"", ["1.2"]),
      // update texts
      ("lagos", ["A10"]),
      ("parents", ["1.1"]),
    ])
  func searched(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }

  @Test(
    "other fields are not searched",
    arguments: [
      "zebra",  // evidence
      "quokka",  // a milestone's text
      "yak",  // sources
      "narwhal",  // objective
      "walrus",  // dueText
      "communication",  // an area's title
      "Oxfordshire",  // a plan's title
      "embedded",  // a status key
      "2026-03-14",  // a due date
    ])
  func notSearched(word: String) throws {
    #expect(try BoardFixture.ids("\"\(word)\"") == [])
  }

  @Test("a phrase never matches across two fields")
  func notAcrossFields() throws {
    // 1.2's owners are "SEND Programme Manager" then "Head of SEND".
    #expect(try BoardFixture.ids("\"manager head\"") == [])
    #expect(try BoardFixture.ids("\"1.2 train\"") == [])
  }

  @Test(
    "case-insensitive, non-ASCII letters included",
    arguments: [
      ("LOCAL", ["1.1", "A10"]),
      ("café", ["1.1"]),
      ("CAFÉ", ["1.1"]),
      ("Café", ["1.1"]),
      ("école", ["2.2"]),
      ("ÉCOLE", ["2.2"]),
      ("ehcp", ["1.2"]),
    ])
  func caseInsensitive(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }

  @Test(
    "words are separate terms; a comma means any of; a minus negates",
    arguments: [
      ("local offer", ["1.1", "A10"]),
      ("local website", ["1.1"]),
      ("lagos,website", ["1.1", "A10"]),
      (
        "-\"local offer\"",
        [
          "1.2", "1.10", "2.1", "2.2", "2.10", "3.1", "A1", "A2", "A3", "PAP1:1", "PAP1:2",
          "PAP1:3",
        ]
      ),
      ("-send", ["1.10", "2.1", "2.2", "2.10", "A10", "PAP1:3"]),
      ("-zebra", BoardFixture.store.actions.map(\.id)),
    ])
  func combined(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }
}
