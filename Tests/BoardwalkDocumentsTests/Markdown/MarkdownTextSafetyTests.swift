import BoardwalkCore
import BoardwalkDocuments
import BoardwalkTestSupport
import Testing

/// What cmark-gfm, GitHub's parser, makes of the Markdown writer's output.
@Suite("Markdown from the writer renders as the text it was given", .requiresCmark)
struct MarkdownTextSafetyTests {
  static func html(_ runs: [Inline]) throws -> String {
    try Cmark.html(MarkdownWriter().write(Document(title: "T", preamble: [.paragraph(runs)])))
  }

  @Test(
    "runs whose join would make a link are escaped together: no link, the text whole",
    arguments: [
      [Inline.text("www"), .text(".evil.example")], [.text("see https"), .text("://evil.example")],
      [.text("http:"), .text("//evil.example")], [.text("w"), .text("ww.evil.example")],
      [.text("FTP:/"), .text("/files.example")],
    ])
  func noLinkAcrossRuns(_ runs: [Inline]) throws {
    let html = try Self.html(runs)
    #expect(!html.contains("<a"), "\(html)")
    #expect(RenderedHTML(html: html).words.contains(runs.plainText), "\(html)")
  }

  @Test(
    "runs that begin a line cannot make a list marker together",
    arguments: [
      [Inline.text("1"), .text(". item")], [.text("12"), .text(") item")],
      [.text("  "), .text("    code")], [.text("1"), .text("2"), .text(". item")],
    ])
  func noListAcrossRuns(_ runs: [Inline]) throws {
    let html = try Self.html(runs)
    for tag in ["<ol", "<ul", "<pre", "<code"] { #expect(!html.contains(tag), "\(html)") }
    #expect(RenderedHTML(html: html).words == "T " + runs.plainText.wordsJoined, "\(html)")
  }

  @Test("hostile text in every field of a paper renders as its text, with no tag of its own")
  func hostilePaper() throws {
    let markdown = MarkdownWriter().write(HostilePaper.document())
    let html = try Cmark.html(markdown)
    let allowed: Set<String> = [
      "h1", "h2", "h3", "p", "em", "strong", "ul", "li", "table", "thead", "tbody", "tr", "th",
      "td", "br",
    ]
    let found = Set(RenderedHTML(html: html).elementCounts.keys)
    #expect(found.subtracting(allowed).isEmpty, "\(found)")
    let words = RenderedHTML(html: html).words
    for label in HostilePaper.labels where label != "BAR" && label != "RAG-LABEL" {
      #expect(words.contains(HostileText.shown(label).wordsJoined), "\(label)")
    }
    #expect(words.contains(HostileText.shown("RAG-LABEL").wordsJoined))
    #expect(words.contains(HostileText.shown("BAR").wordsJoined))
  }
}
