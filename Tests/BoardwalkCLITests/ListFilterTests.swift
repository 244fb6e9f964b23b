import Testing

@Suite("boardwalk list --filter")
struct ListFilterTests {
  /// Runs the filter on the fixtures and checks the actions kept, in file order, and every
  /// field of each against the hand-worked record.
  func check(_ filterCase: FilterCase) throws {
    let (result, actions) = try JSONQueries.list(["--filter", filterCase.filter])
    #expect(result.status == 0, "\(result)")
    #expect(actions.map(\.id) == filterCase.ids)
    #expect(actions == FixtureActions.records(filterCase.ids))
  }

  @Test(
    "owner: matches whole owners, owner:~ owners containing the text, owner:none none",
    arguments: FilterCase.owner)
  func owner(_ filterCase: FilterCase) throws { try check(filterCase) }

  @Test(
    "area: matches an action's area, its links and the areas above them", arguments: FilterCase.area
  )
  func area(_ filterCase: FilterCase) throws { try check(filterCase) }

  @Test("plan: matches the actions of the named plans", arguments: FilterCase.plan)
  func plan(_ filterCase: FilterCase) throws { try check(filterCase) }

  @Test("status: matches keys, RAG classes, unrated, done and open", arguments: FilterCase.status)
  func status(_ filterCase: FilterCase) throws { try check(filterCase) }

  @Test(
    "due: matches overdue, none, ongoing, tbc, Nd, months, days and ranges",
    arguments: FilterCase.due)
  func due(_ filterCase: FilterCase) throws { try check(filterCase) }

  @Test("a bare word or quoted phrase searches text, ignoring case", arguments: FilterCase.text)
  func text(_ filterCase: FilterCase) throws { try check(filterCase) }

  @Test("terms combine: every term must hold", arguments: FilterCase.combined)
  func combined(_ filterCase: FilterCase) throws { try check(filterCase) }
}
