import Testing

@testable import BoardwalkCore

@Suite("Area trees: levels, cycles and display order in one pass, however deep")
struct AreaTreeTests {
  @Test("levels count from 1 at the top; children follow their parent in file order")
  func levelsAndOrder() {
    // 0 ─ 2 ─ 3, 1 ─ 4, and 5 on its own.
    let tree = AreaTree(parents: [nil, nil, 0, 2, 1, nil])
    #expect(tree.levels == [.level(1), .level(1), .level(2), .level(3), .level(2), .level(1)])
    #expect(tree.order.map(\.area) == [0, 2, 3, 1, 4, 5])
    #expect(tree.order.map(\.depth) == [0, 1, 2, 0, 1, 0])
    #expect(tree.tops == [0, 1, 0, 0, 1, 5])
    #expect(tree.chain(of: 3) == [3, 2, 0])
    #expect(tree.descendants(of: 0) == [0, 2, 3])
  }

  @Test("a cycle is found: its areas are in it, those beneath it are not, and nothing loops")
  func cycles() {
    // 1 → 2 → 1 is a cycle; 3 sits under 2; 0 is a separate top.
    let tree = AreaTree(parents: [nil, 2, 1, 2])
    #expect(tree.levels == [.level(1), .inCycle, .inCycle, .belowCycle])
    #expect(tree.tops == [0, nil, nil, nil])
    #expect(tree.order.map(\.area) == [0, 1, 2, 3])
    #expect(tree.chain(of: 3) == [3, 2, 1])
    #expect(Set(tree.descendants(of: 1)) == [1, 2, 3])
    let selfParent = AreaTree(parents: [0])
    #expect(selfParent.levels == [.inCycle])
  }

  @Test(
    "a chain 200,000 deep: every level, no recursion, each area visited a bounded number of times")
  func deepChain() {
    let depth = 200_000
    let tree = AreaTree(parents: [nil] + (0..<(depth - 1)).map { Optional($0) })
    #expect(tree.levels.last == .level(depth))
    #expect(tree.order.last.map(\.depth) == depth - 1)
    #expect(tree.tops.allSatisfy { $0 == 0 })
    #expect(tree.descendants(of: depth - 10).count == 10)
    // Built from the last area first, the walk meets each area once.
    let reversed = AreaTree(parents: (0..<depth).map { $0 == depth - 1 ? nil : $0 + 1 })
    #expect(reversed.levels.first == .level(depth))
  }

  @Test("a plan's areas and those beneath one of them, for a nested plan")
  func descendantsOfAPlan() {
    #expect(BoardFixture.hull.areaAndDescendants(3) == [3, 4, 5])
  }
}
