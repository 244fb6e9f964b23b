import Testing

@testable import BoardwalkCore

@Suite("Natural order of ids")
struct NaturalOrderTests {
  @Test(
    "numbers by value, letters ignoring case",
    arguments: [
      ("1.2", "1.10"), ("1.9", "1.10"), ("AfI2", "AfI10"), ("1", "1.1"), ("1.1", "2"),
      ("PAP5A:1", "PAP5B:1"), ("PAP2:1", "PAP10:1"), ("a", "B"), ("A", "b"), ("2", "10"),
      ("x9y", "x10a"),
    ])
  func precedes(earlier: String, later: String) {
    #expect(NaturalOrder.precedes(earlier, later))
    #expect(!NaturalOrder.precedes(later, earlier))
  }

  @Test(
    "ids that differ only in case are equal",
    arguments: [("AfI2", "AFI2"), ("pap1:1", "PAP1:1"), ("1.2", "1.2")])
  func equal(left: String, right: String) {
    #expect(!NaturalOrder.precedes(left, right))
    #expect(!NaturalOrder.precedes(right, left))
  }
}
