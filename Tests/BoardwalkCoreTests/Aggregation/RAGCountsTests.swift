import Testing

@testable import BoardwalkCore

@Suite("RAGCounts: one row of the heat map")
struct RAGCountsTests {
  @Test("counts each class, overdue separately")
  func counting() {
    var counts = RAGCounts()
    counts.add(.red, isOverdue: true)
    counts.add(.red, isOverdue: false)
    counts.add(.unrated, isOverdue: true)
    counts.add(.grey, isOverdue: false)
    #expect(counts[.red] == 2)
    #expect(counts[.unrated] == 1)
    #expect(counts[.grey] == 1)
    #expect(counts[.amber] == 0)
    #expect(counts.total == 4)
    #expect(counts.overdue == 2)
  }

  @Test("the worst class is the first with any action in triage order")
  func worst() {
    var counts = RAGCounts()
    #expect(counts.worst == nil)
    counts.add(.unrated, isOverdue: false)
    #expect(counts.worst == .unrated)
    counts.add(.green, isOverdue: false)
    #expect(counts.worst == .green)
    counts.add(.amber, isOverdue: false)
    #expect(counts.worst == .amber)
  }
}
