import Testing

@testable import BoardwalkCore

@Suite("MarkdownText: text renders as itself")
struct MarkdownTextTests {
  @Test(
    "inline escaping",
    arguments: [
      ("plain text", "plain text"),
      ("a | b", "a \\| b"),
      ("`code`", "\\`code\\`"),
      ("*bold* _em_", "\\*bold\\* \\_em\\_"),
      ("[link](x)", "\\[link\\](x)"),
      ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
      ("AT&T", "AT&amp;T"),
      ("~~gone~~", "\\~\\~gone\\~\\~"),
      ("back\\slash", "back\\\\slash"),
      ("![img](x)", "\\!\\[img\\](x)"),
      ("# heading", "\\# heading"),
      ("- item", "\\- item"),
      ("+ item", "\\+ item"),
      ("> quote", "&gt; quote"),
      ("1. item", "1\\. item"),
      ("12) item", "12\\) item"),
      ("   - indented", "\\- indented"),
      ("a - b", "a - b"),
    ])
  func inline(text: String, escaped: String) {
    #expect(MarkdownText.inline(text) == escaped)
  }

  @Test(
    "addresses in plain text cannot become links: the : of a scheme or the . of www. is escaped",
    arguments: [
      ("see https://evil.example/x", "see https\\://evil.example/x"),
      ("HTTP://X.Y", "HTTP\\://X.Y"),
      ("ftp://files.example", "ftp\\://files.example"),
      ("www.example.gov.uk", "www\\.example.gov.uk"),
      ("(WWW.example.org)", "(WWW\\.example.org)"),
      ("http:/one and https:", "http:/one and https:"),
      ("the www is down.", "the www is down."),
    ])
  func noAutolinks(text: String, escaped: String) {
    #expect(MarkdownText.inline(text) == escaped)
  }

  @Test("line breaks become <br>, hard breaks or spaces, each line escaped")
  func lineBreaks() {
    #expect(MarkdownText.inline("one\n- two\r\nthree") == "one<br>\\- two<br>three")
    #expect(MarkdownText.inline("one\n- two", lineBreaks: .hard) == "one\\\n\\- two")
    #expect(MarkdownText.inline("one\n# two", lineBreaks: .spaces) == "one \\# two")
  }

  /// Found by the Markdown fuzzer: Swift reads "\r\r\n" as two Characters, "\r" and
  /// "\r\n", and a mark after a space or a pipe joins it into one Character; Markdown
  /// reads scalars, so the writer must too.
  @Test(
    "line breaks and markers are found scalar by scalar, whatever combines with them",
    arguments: [
      ("a\r\r\nb", "a<br><br>b"),
      (" \u{7FD}x", "\u{7FD}x"),
      ("|\u{301}", "\\|\u{301}"),
      ("1. \u{FE0F}", "1\\. \u{FE0F}"),
      ("1.\u{FE0F} not a list", "1.\u{FE0F} not a list"),
      ("`\u{200D}`", "\\`\u{200D}\\`"),
    ])
  func scalarByScalar(text: String, escaped: String) {
    #expect(MarkdownText.inline(text) == escaped)
    #expect(!MarkdownText.inline(text).unicodeScalars.contains("\r"))
  }

  @Test("control characters are made visible")
  func controls() {
    #expect(MarkdownText.inline("a\u{1B}[31m") == "a\u{241B}\\[31m")
  }

  @Test("a table: header, delimiter, rows, and a blank line")
  func table() {
    let text = MarkdownText.table(header: ["id", "title"], rows: [["A10", "Local Offer"]])
    #expect(text == "| id | title |\n| --- | --- |\n| A10 | Local Offer |\n\n")
  }

  @Test("every row of a table has as many cells as the header, whatever the cells hold")
  func equalCells() {
    let rows = [
      ["a | b", "c"],
      ["only one"],
      ["x", "y", "z", "extra"],
      ["line\nbreak", "`|`"],
      ["back\\", "|"],
      ["\\|", "ends with \\"],
    ]
    let text = MarkdownText.table(header: ["one", "two", "three"], rows: rows)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 2 + rows.count + 2)
    for line in lines.prefix(2 + rows.count) {
      #expect(Self.cells(in: line) == 3, "\(line)")
    }
  }

  /// The cells of a GFM table row: pipes not escaped by a backslash split it.
  static func cells(in line: Substring) -> Int {
    var pipes = 0
    var escaped = false
    for character in line {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        pipes += 1
      }
    }
    return pipes - 1
  }
}
