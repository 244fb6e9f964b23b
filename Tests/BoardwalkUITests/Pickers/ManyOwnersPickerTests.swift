import BoardwalkCore
import Testing

@testable import BoardwalkUI

/// The owner picker over a store with 50,000 distinct owners (more than a slice). Each key once ranked every
/// owner (a million owners: four seconds a key); now a key or a tick matches at most one
/// slice of them, a query that adds characters searches only what the last one matched, and
/// only the best are ranked and listed.
@Suite("The owner picker over 50,000 owners: bounded work per event, the same answers")
struct ManyOwnersPickerTests {
  static let owners = 50_000

  static let store: PlanStore = {
    var builder = PlanStore.Builder()
    let actions = (0..<(owners / 10)).map { number in
      Action(
        id: "A\(number)", area: 0, title: "Action \(number)",
        owners: (0..<10).map { "Case officer \(number * 10 + $0) (\(["North", "South"][$0 % 2]))" })
    }
    builder.add(
      Plan(id: "many", title: "Many", areas: [Area(id: "A", title: "Area")]), actions: actions)
    return builder.build()
  }()

  static func picker(_ screen: Screen) -> PickerState? {
    if case .picker(let picker) = screen.state.overlay { picker } else { nil }
  }

  /// Ticks until the picker has matched everything, as the shell does between keys.
  static func settle(_ screen: inout Screen, slices: inout [Int]) {
    while screen.state.hasPendingWork {
      screen.send(.tick)
      slices.append(picker(screen)?.lastSlice ?? 0)
    }
  }

  @Test("opening lists every owner in name order, without matching anything")
  func opening() throws {
    var screen = try Screen(store: Self.store)
    screen.type("o")
    let picker = try #require(Self.picker(screen))
    #expect(picker.visibleItems.count == Self.owners)
    #expect(!screen.state.hasPendingWork)
    #expect(picker.visibleItems[0].title == "Case officer 0 (North)")
    #expect(picker.visibleItems[1].title == "Case officer 1 (South)")
    #expect(picker.visibleItems[2].title == "Case officer 10 (North)")
  }

  @Test("a key matches at most one slice; ticks match the rest, a slice each")
  func boundedWork() throws {
    var screen = try Screen(store: Self.store)
    screen.type("o4")
    var slices = [try #require(Self.picker(screen)).lastSlice]
    #expect(screen.state.hasPendingWork)
    Self.settle(&screen, slices: &slices)
    #expect(slices.allSatisfy { $0 <= PickerSearch.slice })
    #expect(slices.reduce(0, +) == Self.owners)
    let picker = try #require(Self.picker(screen))
    #expect(picker.visibleItems.count == PickerSearch.shownLimit)
    #expect(picker.progress.matches > PickerSearch.shownLimit)
    #expect(screen.grid.text.contains("best 500 of \(picker.progress.matches): type more"))
  }

  @Test("a query that adds characters searches only what the last one matched")
  func narrowing() throws {
    var screen = try Screen(store: Self.store)
    var slices: [Int] = []
    screen.type("o1234")
    Self.settle(&screen, slices: &slices)
    let before = try #require(Self.picker(screen)).progress.matches
    screen.type("5")
    Self.settle(&screen, slices: &slices)
    let after = try #require(Self.picker(screen))
    #expect(after.progress.of == before)
    #expect(after.visibleItems.first?.title == "Case officer 12345 (South)")
  }

  @Test("the listed matches are the best of all, ranked as scoring every owner would rank them")
  func sameAnswers() throws {
    var screen = try Screen(store: Self.store)
    var slices: [Int] = []
    screen.type("o77 nor")
    Self.settle(&screen, slices: &slices)
    let listed = try #require(Self.picker(screen)).visibleItems.map(\.title)
    let owners = Self.store.owners
    let query = FuzzyMatch.Query("77 nor")
    let everyScore = owners.nameOrder.enumerated().compactMap { place, owner in
      var folded = owners.foldedName(Int(owner))
      return folded.withUTF8 { FuzzyMatch.score(query, folded: $0) }.map {
        (score: $0, place: place, name: owners.names[Int(owner)])
      }
    }
    let expected = everyScore.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.place < $1.place
    }
    .prefix(PickerSearch.shownLimit).map(\.name)
    #expect(listed == Array(expected))
    screen.press(.enter)
    #expect(screen.filter == "owner:\"\(expected[0])\"")
  }
}
