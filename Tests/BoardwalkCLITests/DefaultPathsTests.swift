import Testing

@Suite("with no paths, boardwalk reads ./SampleData")
struct DefaultPathsTests {
  @Test("boardwalk list, run in the package root, lists the sample plans")
  func listWithoutArguments() throws {
    let result = try CommandRunner.run(["list"], in: PackagePaths.root)
    #expect(result.status == 0, "\(result)")
    let words = Set(result.output.split(whereSeparator: \.isWhitespace).map(String.init))
    // APA1.1 is the first action of the Northbrook demo plan.
    #expect(words.contains("APA1.1"))
    // The fictional Northbrook plan is listed with its mark.
    for plan in SamplePlans.all {
      #expect(
        words.contains(plan.id) || words.contains(plan.id + "*"),
        "\(plan.id) missing from the listing")
    }
  }

  @Test("boardwalk summary --by plan, run in the package root, counts the six sample plans")
  func summaryWithoutPaths() throws {
    let result = try CommandRunner.run(
      ["summary", "--by", "plan", "--format", "json"], in: PackagePaths.root)
    #expect(result.status == 0, "\(result)")
    let rows = try SummaryRowOutput.decode(result.output)
    #expect(rows.map(\.key) == SamplePlans.all.map(\.id))
  }
}
