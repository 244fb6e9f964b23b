import BoardwalkCore
import Testing

@Suite("Where the reader's diagnostics point, in files with wide characters, CRLF and cut ends")
struct ReportedLocationTests {
  private func diagnostics(_ text: String) -> [Diagnostic] {
    Array(text.utf8).withUnsafeBufferPointer { PlanFileReader.decode($0, file: "memory.json") }
      .diagnostics
  }

  @Test(
    "a value after é or 日本 on the same line is found by characters, not bytes",
    arguments: [("e", 63), ("é", 63), ("日本", 64), ("🙂", 63)])
  func wideCharactersBeforeTheValue(id: String, column: Int) throws {
    let text =
      "{ \"format\": \"boardwalk-plan/1\", \"plan\": { \"id\": \"\(id)\", \"title\": 5 }, \"areas\": [], \"actions\": [] }"
    let found = diagnostics(text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(only.location == FileLocation(line: 1, column: column))
    #expect(only.pointer == "/plan/title")
  }

  @Test(
    "a CRLF file reports the same lines and columns as its LF twin", arguments: ["\n", "\r\n"])
  func crlfAndLF(newline: String) throws {
    let lines = [
      "{",
      "  \"format\": \"boardwalk-plan/1\",",
      "  \"plan\": { \"id\": \"crlf\", \"title\": \"Line endings\" },",
      "  \"areas\": [ { \"id\": \"A1\", \"title\": \"Area one\" } ],",
      "  \"actions\": [ { \"id\": \"1.1\", \"area\": \"B2\", \"title\": \"Do it\", \"owners\": [\"Head\"] } ]",
      "}",
    ]
    let found = diagnostics(lines.joined(separator: newline) + newline)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(only.location == FileLocation(line: 5, column: 39))
    #expect(only.pointer == "/actions/0/area")
  }

  @Test(
    "a file cut short is reported at its very end",
    arguments: [
      ("{\n  \"format\": \"boardwalk-plan/1\",", 2, 32),
      ("{\n  \"format\": \"boardwalk-plan/1\",\n", 3, 1),
      ("{\r\n  \"format\": \"boardwalk-plan/1\",\r\n", 3, 1),
    ])
  func cutShort(text: String, line: Int, column: Int) throws {
    let found = diagnostics(text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(only.location == FileLocation(line: line, column: column))
    #expect(only.message.contains("the file ends where"))
  }

  @Test("problems found before a file is cut short are reported with the cut")
  func problemsBeforeTheCut() {
    let found = diagnostics("{ \"plan\": \"日本\"")
    #expect(
      found.map(\.location) == [
        FileLocation(line: 1, column: 11), FileLocation(line: 1, column: 15),
      ])
    #expect(found.map(\.pointer) == ["/plan", ""])
    #expect(found.allSatisfy { $0.isError })
  }
}
