/// Text built to break Markdown, HTML and XML: every way a minute-taker's words or a plan's
/// text could start a structure, inject HTML or split a table cell, one per line.
public enum HostileText {
  /// Each piece as typed, and as the minutes must show it: control characters as their
  /// Unicode control pictures (␛ ␇ ␡), everything else as it was.
  public static let pieces: [(raw: String, shown: String)] = [
    ("pipe | in a cell || twice", "pipe | in a cell || twice"),
    (
      #"escaped \| pipe and a trailing backslash \"#, #"escaped \| pipe and a trailing backslash \"#
    ),
    ("`code` and ``double ticks`` and ```fence", "`code` and ``double ticks`` and ```fence"),
    ("<script>alert('x')</script>", "<script>alert('x')</script>"),
    (
      #"<b>bold</b> <img src=x onerror="alert(1)"> <a href="http://x">a link</a> <br> <i>"#,
      #"<b>bold</b> <img src=x onerror="alert(1)"> <a href="http://x">a link</a> <br> <i>"#
    ),
    ("&amp; &lt;b&gt; &#60;script &copy;", "&amp; &lt;b&gt; &#60;script &copy;"),
    (
      "*em* _em_ **strong** ~~strike~~ [link](http://example.com) ![img](x.png) [^1] <http://x>",
      "*em* _em_ **strong** ~~strike~~ [link](http://example.com) ![img](x.png) [^1] <http://x>"
    ),
    ("CR LF next\r\nafter CR LF", "CR LF next after CR LF"),
    ("lone CR\rafter it", "lone CR after it"),
    ("1. a numbered line", "1. a numbered line"),
    ("2) another", "2) another"),
    ("- a bullet", "- a bullet"),
    ("+ plus", "+ plus"),
    ("* star", "* star"),
    ("# a heading", "# a heading"),
    ("> a quote", "> a quote"),
    ("---", "---"),
    ("===", "==="),
    ("    four spaces of code", "four spaces of code"),
    ("\tand a tab", "and a tab"),
    ("[ref]: http://example.com", "[ref]: http://example.com"),
    (
      "bare addresses www.evil.example and https://evil.example/login and FTP://files.example",
      "bare addresses www.evil.example and https://evil.example/login and FTP://files.example"
    ),
    ("escape \u{1B}[31m, bell \u{07}, delete \u{7F}", "escape ␛[31m, bell ␇, delete ␡"),
    ("emoji 👩🏽‍💻 🇬🇧 and e\u{301}", "emoji 👩🏽‍💻 🇬🇧 and e\u{301}"),
    ("$maths$ {braces} !bang \\ backslash", "$maths$ {braces} !bang \\ backslash"),
    (longWord, longWord),
  ]

  /// A word of 5,000 characters.
  public static let longWord = "L" + String(repeating: "o", count: 4998) + "g"

  /// A field's hostile text: its label, then every piece on its own line.
  public static func raw(_ label: String) -> String {
    ([label] + pieces.map(\.raw)).joined(separator: "\n")
  }

  /// How the minutes must show `raw(label)`.
  public static func shown(_ label: String) -> String {
    ([label] + pieces.map(\.shown)).joined(separator: "\n")
  }

  /// How many line breaks `raw(label)` holds: one between each piece, and the CR LF and
  /// lone CR inside two of them.
  public static var lineBreaks: Int { pieces.count + 2 }
}
