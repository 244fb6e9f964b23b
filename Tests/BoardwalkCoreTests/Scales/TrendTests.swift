import Testing

@testable import BoardwalkCore

@Suite("Direction of travel between two statuses")
struct TrendTests {
  @Test(
    "red is worst, then amber, green, blue; grey and unrated have no direction",
    arguments: [
      (RAGClass.red, RAGClass.amber, "↑ better"),
      (.amber, .green, "↑ better"),
      (.green, .blue, "↑ better"),
      (.green, .red, "↓ worse"),
      (.blue, .amber, "↓ worse"),
      (.amber, .amber, "→ same"),
      (.grey, .grey, "→ same"),
      (.unrated, .unrated, "→ same"),
      (.green, .grey, "· no direction"),
      (.unrated, .red, "· no direction"),
    ])
  func direction(from: RAGClass, to: RAGClass, shown: String) {
    #expect(Trend(from: from, to: to).description == shown)
  }
}
