import Testing

@testable import BoardwalkCore

@Suite("ActionSet: a bit per action")
struct ActionSetTests {
  @Test("holds what was inserted, iterating in ascending order across words")
  func insertAndIterate() {
    let set = ActionSet(capacity: 200, indexes: [130, 0, 64, 63, 199])
    #expect(Array(set) == [0, 63, 64, 130, 199])
    #expect(set.count == 5)
    #expect(set.contains(64))
    #expect(!set.contains(65))
  }

  @Test("a full set holds exactly its capacity", arguments: [0, 1, 63, 64, 65, 128, 130])
  func full(capacity: Int) {
    let set = ActionSet(capacity: capacity, full: true)
    #expect(set.count == capacity)
    #expect(Array(set) == Array(0..<capacity))
  }

  @Test("the complement never holds indexes beyond the capacity")
  func complement() {
    let set = ActionSet(capacity: 70, indexes: [1, 69])
    let complement = set.complement()
    #expect(complement.count == 68)
    #expect(!complement.contains(1))
    #expect(!complement.contains(69))
    #expect(Array(complement).last == 68)
    #expect(ActionSet(capacity: 70).complement() == ActionSet(capacity: 70, full: true))
  }

  @Test("union and intersection")
  func algebra() {
    var left = ActionSet(capacity: 100, indexes: [1, 2, 70])
    let right = ActionSet(capacity: 100, indexes: [2, 70, 99])
    var union = left
    union.formUnion(right)
    #expect(Array(union) == [1, 2, 70, 99])
    left.formIntersection(right)
    #expect(Array(left) == [2, 70])
  }
}
