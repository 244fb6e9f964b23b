import Testing

@Suite("the count the screen tests expect")
struct SampleDataCountTests {
  @Test("SampleData holds 231 actions, counted from its files, and list agrees")
  func sampleDataHas231Actions() throws {
    #expect(try ListQuery.sampleDataActionCount() == 231)
    #expect(try ListQuery.count(filter: "") == 231)
  }
}
