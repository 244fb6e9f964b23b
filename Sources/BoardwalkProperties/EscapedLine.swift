import BoardwalkCore

/// The characters `MarkdownText` escapes with a backslash wherever they are.
let escapedEverywhere = Set("\\`*_[]|~!#${}".unicodeScalars)

/// ASCII punctuation: what a backslash escapes in CommonMark.
let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

/// What must hold of one line of escaped inline Markdown, written from the line `source`
/// (already sanitised, split and stripped of leading blanks):
///
/// 1. No control character but tab (no C0 or C1 control, DEL, or line break) and no
///    bidirectional control: `TextSafety` has replaced them all.
/// 2. It does not start with a space or tab (an indented code block), with `-`, `+` or `=`
///    (a list item or a setext underline), or with one to nine digits then `.` or `)` then
///    a space, a tab or the end (an ordered list item); those are escaped.
/// 3. Every `\ ` * _ [ ] | ~ ! # $ { }` is escaped with a backslash; every backslash
///    escapes ASCII punctuation; `<`, `>` and `&` appear only as `&lt;`, `&gt;`, `&amp;`
///    (no raw HTML, no other entity, and `<br>` only between lines).
/// 4. Decoding it (removing the backslash escapes, reading the three entities) gives back
///    `source` exactly, scalar for scalar: nothing lost, nothing added.
/// 5. No `http://`, `https://`, `ftp://` or `www.` (any case) is left for GFM to make a link
///    of: their `:` or `.` is escaped.
func checkEscapedLine(_ line: [Unicode.Scalar], source: [Unicode.Scalar]) {
  let text = shown(String(String.UnicodeScalarView(line)))
  for scalar in line where scalar != "\t" {
    require(
      !TextSafety.isUnsafe(scalar, allowingLineBreaks: false),
      "escaped Markdown holds no control character", text)
  }
  if let first = line.first {
    require(
      !" \t-+=".unicodeScalars.contains(first), "a Markdown line starts with no blank or marker",
      text)
  }
  let digits = line.prefix { ("0"..."9").contains($0) }.count
  if (1...9).contains(digits), digits < line.count, line[digits] == "." || line[digits] == ")" {
    let next = digits + 1 < line.count ? line[digits + 1] : " "
    require(next != " " && next != "\t", "a Markdown line starts with no list number", text)
  }
  var decoded: [Unicode.Scalar] = []
  var index = 0
  while index < line.count {
    let scalar = line[index]
    switch scalar {
    case "\\":
      require(
        index + 1 < line.count && asciiPunctuation.contains(line[index + 1]),
        "every backslash escapes ASCII punctuation", text)
      decoded.append(line[index + 1])
      index += 2
    case "&":
      let entities: [(String, Unicode.Scalar)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">")]
      guard
        let (entity, character) = entities.first(where: { entity, _ in
          Array(line[index...].prefix(entity.unicodeScalars.count)) == Array(entity.unicodeScalars)
        })
      else { propertyFailure("& only starts &amp;, &lt; or &gt;", text) }
      decoded.append(character)
      index += entity.unicodeScalars.count
    case "<", ">":
      propertyFailure("< and > appear only as &lt; and &gt; (or <br> between lines)", text)
    default:
      require(
        !escapedEverywhere.contains(scalar),
        "\(shown(String(scalar))) is always escaped with a backslash", text)
      decoded.append(scalar)
      index += 1
    }
  }
  let lower = String(String.UnicodeScalarView(line)).lowercased()
  for link in ["http://", "https://", "ftp://", "www."] {
    require(!lower.contains(link), "no \(link) is left for GFM to make a link of", text)
  }
  require(
    decoded == source, "escaped Markdown decodes back to the text",
    "\(text) decodes to \(shown(String(String.UnicodeScalarView(decoded)))), not \(shown(String(String.UnicodeScalarView(source))))"
  )
}

/// What must hold of a table from `MarkdownText.table`: no carriage return anywhere; the
/// header row, the delimiter row (`|` then ` --- |` per column) and `rows` rows, each line
/// ended by a line feed, then one blank line; each row starts `| `, ends ` |` and has
/// exactly `columns` cells (`columns + 1` pipes not escaped by a backslash).
public func checkTableShape(_ table: String, columns: Int, rows: Int) {
  let scalars = Array(table.unicodeScalars)
  require(!scalars.contains("\r"), "a Markdown table holds no carriage return", shown(table))
  let lines = scalars.split(separator: ["\n"])
  require(
    lines.count == rows + 4 && lines[lines.count - 1].isEmpty && lines[lines.count - 2].isEmpty,
    "a Markdown table has a header, a delimiter, \(rows) rows and a blank line", shown(table))
  let delimiter = Array(("|" + String(repeating: " --- |", count: columns)).unicodeScalars)
  require(lines[1] == delimiter, "a Markdown table's second line is its delimiter row")
  for line in [lines[0]] + lines[2..<(rows + 2)] {
    let text = shown(String(String.UnicodeScalarView(line)))
    require(
      line.starts(with: ["|", " "]) && line.reversed().starts(with: ["|", " "]),
      "a Markdown table row starts with \"| \" and ends with \" |\"", text)
    var pipes = 0
    var index = 0
    while index < line.count {
      if line[index] == "\\" {
        index += 2
        continue
      }
      if line[index] == "|" { pipes += 1 }
      index += 1
    }
    require(pipes == columns + 1, "every Markdown table row has \(columns) cells", text)
  }
}
