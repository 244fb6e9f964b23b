import Testing

@testable import BoardwalkCore

@Suite("status: across plans with different scales (fixture on 2026-03-15)")
struct StatusFilterTests {
  static let open = [
    "1.1", "1.2", "1.10", "2.1", "2.10", "A1", "A2", "A10", "A3", "PAP1:1", "PAP1:3",
  ]

  @Test(
    "by RAG class: amber-red is red, amber-green is green",
    arguments: [
      ("status:red", ["1.1", "A1", "PAP1:1"]),
      ("status:RED", ["1.1", "A1", "PAP1:1"]),
      ("status:amber", ["1.2", "PAP1:3"]),
      ("status:green", ["1.10", "A2", "A10", "PAP1:2"]),
      ("status:blue", ["2.2", "3.1"]),
      ("status:grey", ["2.1"]),
      ("status:red,amber", ["1.1", "1.2", "A1", "PAP1:1", "PAP1:3"]),
    ])
  func byClass(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }

  @Test(
    "by a plan's own level key",
    arguments: [
      ("status:on-track", ["1.10"]),
      ("status:ON-TRACK", ["1.10"]),
      ("status:embedded", ["2.2", "3.1"]),
      ("status:amber-red", ["A1"]),
      ("status:amber-green", ["A2"]),
      ("status:some-concerns,not-due", ["1.2", "2.1"]),
    ])
  func byKey(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }

  @Test(
    "unrated, done and open",
    arguments: [
      ("status:unrated", ["2.10", "A3"]),
      // ragp's embedded and brag's green are done; dca has no done level.
      ("status:done", ["2.2", "3.1", "PAP1:2"]),
      ("status:open", open),
      ("status:done,unrated", ["2.2", "2.10", "3.1", "A3", "PAP1:2"]),
    ])
  func unratedDoneOpen(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }

  @Test(
    "negated",
    arguments: [
      ("-status:done", open),
      ("-status:open", ["2.2", "3.1", "PAP1:2"]),
      (
        "-status:unrated",
        [
          "1.1", "1.2", "1.10", "2.1", "2.2", "3.1", "A1", "A2", "A10", "PAP1:1", "PAP1:2",
          "PAP1:3",
        ]
      ),
      (
        "-status:red",
        ["1.2", "1.10", "2.1", "2.2", "2.10", "3.1", "A2", "A10", "A3", "PAP1:2", "PAP1:3"]
      ),
      ("-status:red,green,blue", ["1.2", "2.1", "2.10", "A3", "PAP1:3"]),
    ])
  func negated(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }
}
