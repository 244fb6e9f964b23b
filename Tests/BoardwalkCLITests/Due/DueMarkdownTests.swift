import BoardwalkTestSupport
import Foundation
import Testing

/// `due --format markdown`, to paste into an email, as GitHub's parser (cmark-gfm) renders
/// it: a title, a heading per owner, a list of their actions, and nothing in a plan's words
/// that can start a structure, a link or raw HTML.
@Suite("due --format markdown, rendered by cmark-gfm", .requires(.cmark))
struct DueMarkdownTests {
  @Test("one h1, an h2 per owner, a list item per action under it, overdue in bold")
  func structure() throws {
    let result = try CommandRunner.run([
      "due", PackagePaths.sampleData, "--today", "2026-11-22", "--format", "markdown",
    ])
    #expect(result.status == 0, "\(result)")
    let html = try CmarkGFM.html(result.output)
    let counts = html.elementCounts
    #expect(counts["h1"] == 1)
    // 53 owners and "(no owner)"; each action once under each of its owners.
    #expect(counts["h2"] == 54 && counts["ul"] == 54)
    let text = try CommandRunner.run(["due", PackagePaths.sampleData, "--today", "2026-11-22"])
    let lines = text.outputLines.filter { $0.hasPrefix("  ") }
    #expect(counts["li"] == lines.count)
    #expect(counts["strong"] == lines.filter { $0.contains("OVERDUE by") }.count)
    #expect(counts["a"] == nil && counts["em"] == 4)
    #expect(html.html.contains("<h2>Head of SEND: 3 overdue, 2 due by 22 Dec 2026</h2>"))
    #expect(
      html.html.contains(
        "<li>demo-northbrook* APA1.1 — 30 Sep 2026 (End of September 2026), <strong>OVERDUE by 53 days</strong> — Clear the backlog"
      ))
    #expect(html.words.contains("due in 26 days — [C] Respond to the formal complaint"))
  }

  @Test("a plan's words cannot make a heading, a list, emphasis, a link or HTML")
  func hostileWords() throws {
    let folder = try ScratchFolder("cli-due-markdown")
    defer { folder.remove() }
    let plan = try DuePlan.write(
      [
        .init(
          id: "X1", title: HostileText.raw("Title"), owners: ["# Owner | *one* <b>bold</b>"],
          dueText: "[soon](http://evil.example) www.evil.example")
      ], into: folder)
    let result = try CommandRunner.run([
      "due", plan, "--today", "2026-11-22", "--format", "markdown",
    ])
    #expect(result.status == 0, "\(result)")
    let html = try CmarkGFM.html(result.output)
    let allowed: Set<String> = ["h1", "h2", "ul", "li", "p", "em", "strong"]
    #expect(Set(html.elementCounts.keys).isSubset(of: allowed), "\(html.elementCounts)")
    #expect(html.elementCounts["h2"] == 1 && html.elementCounts["li"] == 1)
    #expect(
      html.html.contains("<h2># Owner | *one* &lt;b&gt;bold&lt;/b&gt;: 1 due by 22 Dec 2026</h2>"))
    let words = html.words
    #expect(words.contains("[soon](http://evil.example) www.evil.example"))
    for piece in HostileText.pieces {
      let shown = piece.shown.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(words.contains(shown), "\(piece.raw)")
    }
  }
}
