import BoardwalkTestSupport
import Foundation
import Testing

/// A cycle on the sample Northbrook plan: the Head of SEND and the Principal Educational
/// Psychologist return (one headless entry at a time), the Designated Clinical Officer does
/// not; `boardwalk returns` tells the officer so.
@Suite("boardwalk returns: who returned, what they propose, whom to chase")
struct ReturnsCommandTests {
  /// The scene with the two returns written.
  static func cycle() throws -> ReturnsScene {
    let scene = try ReturnsScene()
    let entries: [(String, [String])] = [
      (
        "Head of SEND",
        ["--action", "APA1.1", "--propose-status", "green", "--reason", "Funding agreed"]
      ),
      ("Head of SEND", ["--action", "APA1.1", "--note", "Backlog down to 40"]),
      (
        "Head of SEND",
        ["--action", "APA1.2", "--propose-due", "2027-06", "--reason", "Contractor late"]
      ),
      ("Head of SEND", ["--action", "APA1.7", "--note", "Met the school's governors"]),
      ("Principal Educational Psychologist", ["--action", "APA1.6", "--evidence", "guide-v2.pdf"]),
      ("Principal Educational Psychologist", ["--action", "APA1.8", "--milestone", "1"]),
      (
        "Principal Educational Psychologist",
        ["--action", "APA1.1", "--note", "*two* [EPs](http://evil.example) <b>x</b>"]
      ),
    ]
    for (owner, arguments) in entries {
      let result = try scene.update(owner, arguments)
      guard result.status == 0 else { throw TestProblem("\(result)") }
    }
    return scene
  }

  /// The lines of `text` from the one starting `heading` to the next blank line.
  static func block(_ heading: String, in text: String) -> [String] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(where: { $0.hasPrefix(heading) }) else { return [] }
    return Array(lines[start...].prefix { !$0.isEmpty })
  }

  @Test("the two who returned, their proposals and actions without update; the third chased")
  func text() throws {
    let scene = try Self.cycle()
    defer { scene.folder.remove() }
    let result = try scene.returns()
    #expect(result.status == 0, "\(result)")
    let text = result.output
    #expect(text.hasPrefix("Returns for 2026-11: 2 of 13 leads returned\n"))
    let send = Self.block("Head of SEND:", in: text)
    #expect(send.first == "Head of SEND: returned (returns/2026-11/head-of-send.jsonl)")
    #expect(send.contains { $0.hasPrefix("  Updated: 3 of 7 open actions, last written ") })
    #expect(send.contains("    demo-northbrook APA1.1: status Red → Green: Funding agreed"))
    #expect(send.contains("    demo-northbrook APA1.2: due 2027-03 → 2027-06: Contractor late"))
    #expect(send.contains("    demo-northbrook APA1.1: Backlog down to 40"))
    let missing = ["APA1.3", "APA2.4", "AfI1.3", "AfI2.1"]
    for id in missing {
      #expect(send.contains { $0.hasPrefix("    demo-northbrook \(id) ") }, "\(id) has no update")
    }
    let psychologist = Self.block("Principal Educational Psychologist:", in: text)
    #expect(psychologist.contains("    demo-northbrook APA1.6: evidence: guide-v2.pdf"))
    #expect(
      psychologist.contains {
        $0.hasPrefix("    demo-northbrook APA1.8: done: milestone 1: ")
      }, "\(psychologist)")
    let officer = Self.block("Designated Clinical Officer:", in: text)
    #expect(
      officer.first
        == "Designated Clinical Officer: no return (expected in returns/2026-11/designated-clinical-officer.jsonl)"
    )
    let chase = Self.block("Chase:", in: text)
    #expect(
      chase.contains(
        "  Designated Clinical Officer: no return (demo-northbrook APA1.3, demo-northbrook APA1.4, demo-northbrook APA2.7, demo-northbrook AfI1.6, demo-northbrook AfI3.2, demo-northbrook AfI3.5)"
      ), "\(chase)")
    #expect(
      chase.contains(
        "  Head of SEND: no update on "
          + missing.map { "demo-northbrook \($0)" }.joined(separator: ", ")))
    #expect(chase.contains { $0.hasPrefix("  Principal Educational Psychologist: no update on ") })
    #expect(!chase.contains { $0.hasPrefix("  Head of SEND: no return") })
  }

  @Test("a cycle nobody returned for lists every lead as chased")
  func otherCycle() throws {
    let scene = try Self.cycle()
    defer { scene.folder.remove() }
    let result = try scene.returns(["--cycle", "2026-12"])
    #expect(result.status == 0, "\(result)")
    #expect(result.output.hasPrefix("Returns for 2026-12: 0 of 13 leads returned\n"))
    let bad = try scene.returns(["--cycle", "Nov"])
    #expect(bad.status == 64)
    #expect(bad.errorOutput.contains("--cycle: \"Nov\" is not a month: write it as YYYY-MM"))
  }

  @Test("--public withholds confidential titles and what was written about them")
  func isPublic() throws {
    let scene = try Self.cycle()
    defer { scene.folder.remove() }
    let full = try scene.returns()
    #expect(full.output.contains("Met the school's governors"))
    #expect(full.output.contains("[C] Respond to the formal complaint"))
    let result = try scene.returns(["--public"])
    #expect(result.status == 0)
    #expect(!result.output.contains("Met the school's governors"))
    #expect(!result.output.contains("Respond to the formal complaint"))
    #expect(result.output.contains("demo-northbrook APA1.7: (withheld)"))
    #expect(
      result.output.contains("demo-northbrook APA1.7 [C] Confidential item (exempt information)"))
  }

  @Test(
    "--format markdown reads, through cmark-gfm, as headings and lists, nothing a lead wrote making a link or HTML",
    .requires(.cmark))
  func markdown() throws {
    let scene = try Self.cycle()
    defer { scene.folder.remove() }
    let result = try scene.returns(["--format", "markdown"])
    #expect(result.status == 0, "\(result)")
    let html = try CmarkGFM.html(result.output)
    let counts = html.elementCounts
    #expect(counts["h1"] == 1)
    #expect(counts["h2"] == 14, "13 leads and the chaser list")
    let allowed: Set<String> = ["h1", "h2", "ul", "li", "p"]
    #expect(Set(counts.keys).isSubset(of: allowed), "\(counts)")
    #expect(
      html.words.contains("demo-northbrook APA1.1: *two* [EPs](http://evil.example) <b>x</b>"))
    #expect(
      html.html.contains(
        "<h2>Designated Clinical Officer: no return (expected in returns/2026-11/designated-clinical-officer.jsonl)</h2>"
      ))
  }

  @Test("a torn return is read to its last whole entry, with a warning")
  func tornReturn() throws {
    let scene = try Self.cycle()
    defer { scene.folder.remove() }
    let path = scene.file("head-of-send")
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"seq":6,"at":"2026-11"#.utf8))
    try handle.close()
    let result = try scene.returns()
    #expect(result.status == 0)
    #expect(result.output.contains("Head of SEND: returned"))
    #expect(
      result.errorOutput.contains(
        "boardwalk: warning: returns/2026-11/head-of-send.jsonl:6: the last line is incomplete"),
      "\(result.errorOutput)")
  }
}
