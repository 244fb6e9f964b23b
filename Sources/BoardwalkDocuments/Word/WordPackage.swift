import BoardwalkCore

/// The parts of a Word package other than the body and the styles: content types,
/// relationships, numbering, settings, the page header and footer, and the properties.
enum WordPackage {
  static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let officeRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"

  static func contentTypes(hasHeader: Bool) -> String {
    var overrides = [
      ("/word/document.xml", "\(wordprocessing).document.main+xml"),
      ("/word/styles.xml", "\(wordprocessing).styles+xml"),
      ("/word/numbering.xml", "\(wordprocessing).numbering+xml"),
      ("/word/settings.xml", "\(wordprocessing).settings+xml"),
      ("/word/footer1.xml", "\(wordprocessing).footer+xml"),
      ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
      (
        "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"
      ),
    ]
    if hasHeader { overrides.append(("/word/header1.xml", "\(wordprocessing).header+xml")) }
    return declaration
      + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
      + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
      + #"<Default Extension="xml" ContentType="application/xml"/>"#
      + overrides.map { #"<Override PartName="\#($0.0)" ContentType="\#($0.1)"/>"# }.joined()
      + "</Types>"
  }

  static func relationships(_ targets: [(id: String, type: String, target: String)]) -> String {
    declaration
      + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
      + targets.map { #"<Relationship Id="\#($0.id)" Type="\#($0.type)" Target="\#($0.target)"/>"# }
      .joined() + "</Relationships>"
  }

  static let packageRelationships = relationships([
    ("rId1", "\(officeRelationships)/officeDocument", "word/document.xml"),
    (
      "rId2",
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      "docProps/core.xml"
    ),
    ("rId3", "\(officeRelationships)/extended-properties", "docProps/app.xml"),
  ])

  static func documentRelationships(hasHeader: Bool) -> String {
    var targets = [
      ("rIdStyles", "\(officeRelationships)/styles", "styles.xml"),
      ("rIdNumbering", "\(officeRelationships)/numbering", "numbering.xml"),
      ("rIdSettings", "\(officeRelationships)/settings", "settings.xml"),
      ("rIdFooter", "\(officeRelationships)/footer", "footer1.xml"),
    ]
    if hasHeader { targets.append(("rIdHeader", "\(officeRelationships)/header", "header1.xml")) }
    return relationships(targets)
  }

  /// One bullet list definition, used by the List Bullet style.
  static let numbering =
    declaration + #"<w:numbering xmlns:w="\#(wordNamespace)">"#
    + #"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>"#
    + #"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>"#
    + #"<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>"#
    + #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#

  static let settings =
    declaration + #"<w:settings xmlns:w="\#(wordNamespace)">"#
    + #"<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>"#
    + #"<w:characterSpacingControl w:val="doNotCompress"/>"#
    + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
    + "</w:settings>"

  /// The page header: the marks, on every page.
  static func header(marks: [Metadata.Mark]) -> String {
    let words = marks.map(\.text).joined(separator: " · ")
    return declaration + "<w:hdr \(WordBody.namespaces)>"
      + WordBody.paragraph(style: "DocumentMark", WordBody.run(words)) + "</w:hdr>"
  }

  /// The page footer: the title (its first 80 characters), and "Page N of M" (Word's own
  /// PAGE and NUMPAGES fields).
  static func footer(title: String) -> String {
    let field = { (instruction: String) in
      #"<w:fldSimple w:instr=" \#(instruction) "><w:r><w:t>1</w:t></w:r></w:fldSimple>"#
    }
    var title = String(
      MarkupText.lines(of: title).joined(separator: " ").map { $0 == "\t" ? " " : $0 })
    if title.count > 80 { title = String(title.prefix(79)) + "…" }
    let content =
      WordBody.run(title) + "<w:r><w:tab/></w:r>"
      + WordBody.run("Page ") + field("PAGE") + WordBody.run(" of ") + field("NUMPAGES")
    return declaration + "<w:ftr \(WordBody.namespaces)>"
      + WordBody.paragraph(style: "Footer", content) + "</w:ftr>"
  }

  /// Title, creator, status (Draft), category (public, or not for publication), language,
  /// and the document's date as its creation and modification date.
  static func coreProperties(_ document: Document) -> String {
    let metadata = document.metadata
    var out =
      declaration
      + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
    out += "<dc:title>\(MarkupText.escapedOneLine(document.title))</dc:title>"
    out += "<dc:creator>Boardwalk</dc:creator>"
    out += "<cp:lastModifiedBy>Boardwalk</cp:lastModifiedBy>"
    let category = metadata.audience == .full ? "Full: not for publication" : "Public"
    out += "<cp:category>\(category)</cp:category>"
    if metadata.isDraft { out += "<cp:contentStatus>Draft</cp:contentStatus>" }
    out += "<dc:language>\(MarkupText.escapedOneLine(metadata.language))</dc:language>"
    if let date = metadata.date {
      let stamp = "\(date)T00:00:00Z"
      out += #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:created>"#
      out += #"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:modified>"#
    }
    return out + "</cp:coreProperties>"
  }

  static let appProperties =
    declaration
    + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Boardwalk</Application></Properties>"#
}
