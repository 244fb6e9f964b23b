import Testing

@testable import BoardwalkCore

@Suite("status: values no loaded plan knows are errors when compiled")
struct StatusCompileErrorTests {
  static func error(_ text: String) -> FilterError? {
    do {
      _ = try CompiledFilter(parsing: text, store: BoardFixture.store)
      return nil
    } catch {
      return error
    }
  }

  @Test(
    "unknown statuses, at the start of their value",
    arguments: [
      ("status:foo", 7, "foo"), ("plan:hull status:red,foo", 21, "foo"), ("-status:foo", 8, "foo"),
      ("status:\"foo\"", 7, "foo"),
      // complete is a level of the built-in rag scale, which no loaded plan uses.
      ("status:complete", 7, "complete"),
    ])
  func unknownStatus(text: String, position: Int, value: String) throws {
    #expect(throws: Never.self) { try FilterParser.parse(text) }
    let error = try #require(Self.error(text))
    #expect(error.position == position)
    #expect(error.message.hasPrefix("\"\(value)\" is not a status of any loaded plan ("))
  }

  @Test("the message lists what may be written, the loaded plans' own keys included")
  func listsChoices() throws {
    let error = try #require(Self.error("status:foo"))
    for word in [
      "red", "amber", "green", "blue", "grey", "unrated", "done", "open", "on-track", "embedded",
      "amber-red", "amber-green",
    ] {
      #expect(error.message.contains(word), "\(word)")
    }
    #expect(!error.message.contains("did you mean"))
  }

  @Test(
    "a near miss gets a suggestion",
    arguments: [
      ("status:redd", "red"), ("status:embeded", "embedded"), ("status:on-trak", "on-track"),
    ])
  func suggestion(text: String, suggested: String) throws {
    let error = try #require(Self.error(text))
    #expect(error.message.contains("did you mean \"\(suggested)\"?"), "\(error.message)")
  }

  @Test(
    "every kind of status value of the loaded plans compiles, in any case",
    arguments: [
      "status:red", "status:GREY", "status:unrated", "status:Done", "status:OPEN",
      "status:On-Track", "status:amber-red", "status:BLUE", "status:embedded,amber-green",
    ])
  func known(text: String) {
    #expect(Self.error(text) == nil)
  }

  @Test("the RAG class names are known even when no loaded level has that class")
  func classesAlwaysKnown() throws {
    _ = try CompiledFilter(parsing: "status:grey,blue", store: .empty)
  }
}
