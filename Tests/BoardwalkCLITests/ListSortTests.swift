import Testing

@Suite("boardwalk list --sort")
struct ListSortTests {
  func sorted(_ order: String, _ arguments: [String] = []) throws -> [ListedAction] {
    let (result, actions) = try JSONQueries.list(["--sort", order] + arguments)
    #expect(result.status == 0, "\(result)")
    #expect(actions.count == Set(actions.map(\.id)).count)
    return actions
  }

  @Test("without --sort, actions come in file order, plan by plan")
  func fileOrderByDefault() throws {
    let (_, actions) = try JSONQueries.list()
    #expect(actions == FixtureActions.all)
  }

  @Test("--sort due puts the earliest date first and actions without a date after them")
  func sortByDue() throws {
    let actions = try sorted("due")
    let dated = ["B-4", "A7", "A4", "B-1", "A2", "A3", "B-3", "A1", "B-2"]
    #expect(Array(actions.prefix(dated.count)).map(\.id) == dated)
    #expect(Set(actions.dropFirst(dated.count).map(\.id)) == ["A5", "A6", "A10", "B-5"])
  }

  @Test("--sort due applies to the filtered actions only")
  func sortByDueAfterFilter() throws {
    let actions = try sorted("due", ["--filter", "area:I2"])
    #expect(actions.map(\.id) == ["A4", "A3", "A6"])
  }

  @Test("--sort status puts the worst first: red, amber, green, blue, grey, unrated")
  func sortByStatus() throws {
    let actions = try sorted("status")
    #expect(
      actions.map(\.rag) == [
        "red", "red", "red", "amber", "amber", "green", "green", "green", "blue", "grey",
        "unrated", "unrated", "unrated",
      ])
    let byClass = Dictionary(grouping: actions, by: \.rag).mapValues { Set($0.map(\.id)) }
    #expect(byClass["red"] == ["A2", "B-1", "B-3"])
    #expect(byClass["amber"] == ["A10", "A3"])
    #expect(byClass["green"] == ["A1", "B-2", "B-4"])
    #expect(byClass["unrated"] == ["A5", "A7", "B-5"])
  }

  @Test("--sort status orders levels of one class as the scale does: red before amber-red")
  func sortByStatusWithinScale() throws {
    let actions = try sorted("status", ["--filter", "plan:beta"])
    #expect(actions.map(\.id) == ["B-3", "B-1", "B-2", "B-4", "B-5"])
  }

  @Test("--sort owner orders by first owner ignoring case, actions with no owner last")
  func sortByOwner() throws {
    let actions = try sorted("owner")
    #expect(
      actions.map { $0.owners.first ?? "-" } == [
        "Designated Clinical Officer", "Director of Education", "Head of SEND", "Head of SEND",
        "Head of SEND", "Head of SEND", "Head of SEND", "Parent Carer Forum",
        "Parent Carer Forum", "SENCO Network", "SENCO Network", "SEND Casework Team", "-",
      ])
    #expect(actions.last?.id == "A5")
  }

  @Test("--sort id orders by plan, then ids in natural order (A7 before A10)")
  func sortByID() throws {
    let actions = try sorted("id")
    #expect(
      actions.map(\.id) == [
        "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A10", "B-1", "B-2", "B-3", "B-4", "B-5",
      ])
  }
}
