import Testing

@testable import BoardwalkCore

@Suite("owner: whole owner by default, owner:~ contains, owner:none (fixture on 2026-03-15)")
struct OwnerFilterTests {
  @Test(
    "owners",
    arguments: [
      ("owner:~send", ["1.1", "1.2", "3.1", "A1", "A2", "A3", "PAP1:1", "PAP1:2"]),
      ("owner:~SEND", ["1.1", "1.2", "3.1", "A1", "A2", "A3", "PAP1:1", "PAP1:2"]),
      ("owner:~\"Head of\"", ["1.1", "1.2", "2.2", "3.1", "A2", "PAP1:1"]),
      ("owner:\"Head of SEND\"", ["1.1", "1.2", "3.1", "A2", "PAP1:1"]),
      ("owner:\"head of send\"", ["1.1", "1.2", "3.1", "A2", "PAP1:1"]),
      ("owner:\"Head of\"", []),
      ("owner:send", []),
      ("owner:~icb,forum", ["1.10", "A2", "A10"]),
      ("owner:\"icb director\",\"PARENT CARER FORUM\"", ["1.10", "A2", "A10"]),
      ("owner:\"ICB Director\",\"Parent Carer Forum\"", ["1.10", "A2", "A10"]),
      ("owner:nobody", []),
      ("-owner:~send", ["1.10", "2.1", "2.2", "2.10", "A10", "PAP1:3"]),
      ("owner:none", ["2.1"]),
      ("owner:NONE,\"ICB Director\"", ["2.1", "A2", "A10"]),
      (
        "-owner:\"Head of SEND\"",
        ["1.10", "2.1", "2.2", "2.10", "A1", "A10", "A3", "PAP1:2", "PAP1:3"]
      ),
      ("-owner:nobody", BoardFixture.store.actions.map(\.id)),
    ])
  func owner(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }
}
