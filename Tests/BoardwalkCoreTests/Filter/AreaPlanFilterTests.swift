import Testing

@testable import BoardwalkCore

@Suite("area: and plan: (fixture on 2026-03-15)")
struct AreaPlanFilterTests {
  @Test(
    "an area holds the actions under it, linked to it, or under an area beneath it",
    arguments: [
      // hull's AFI4 holds 3.1 and the links of 1.1 and 1.10; dfe's AFI4 holds A2 and A1's link.
      ("area:AFI4", ["1.1", "1.10", "3.1", "A1", "A2"]),
      ("area:afi4", ["1.1", "1.10", "3.1", "A1", "A2"]),
      ("area:AFI5", ["1.10", "2.2"]),
      ("area:SP1", ["1.1", "1.2"]),
      // C1's objectives O1 and O2 hold 2.1 and 2.2.
      ("area:C1", ["2.1", "2.2", "2.10"]),
      ("area:O1", ["2.1"]),
      ("area:O2", ["2.2"]),
      ("area:AfI2", ["PAP1:1", "PAP1:3"]),
      ("area:AFI1", ["A10"]),
      ("area:APA1,PAP1", ["A1", "A3", "PAP1:1", "PAP1:2"]),
      ("area:nowhere", []),
      ("-area:AFI4", ["1.2", "2.1", "2.2", "2.10", "A10", "A3", "PAP1:1", "PAP1:2", "PAP1:3"]),
      (
        "-area:C1",
        ["1.1", "1.2", "1.10", "3.1", "A1", "A2", "A10", "A3", "PAP1:1", "PAP1:2", "PAP1:3"]
      ),
    ])
  func area(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }

  @Test(
    "a plan holds its own actions",
    arguments: [
      ("plan:dfe", ["A1", "A2", "A10", "A3"]),
      ("plan:HULL", ["1.1", "1.2", "1.10", "2.1", "2.2", "2.10", "3.1"]),
      ("plan:oxon,dfe", ["A1", "A2", "A10", "A3", "PAP1:1", "PAP1:2", "PAP1:3"]),
      ("-plan:hull", ["A1", "A2", "A10", "A3", "PAP1:1", "PAP1:2", "PAP1:3"]),
      ("plan:nowhere", []),
      ("plan:hull area:AFI4", ["1.1", "1.10", "3.1"]),
      ("plan:dfe area:AFI4", ["A1", "A2"]),
    ])
  func plan(filter: String, expected: [String]) throws {
    #expect(try BoardFixture.ids(filter) == expected)
  }
}
