/// `word/styles.xml`: Arial 11 pt in the document's language; Title; Heading 1-3 (kept with
/// the next paragraph, with outline levels so they make the navigation pane and a table of
/// contents); List Bullet; table text and headings; the Boardwalk table style (ruled, its
/// first row shaded); captions, marks, footer and signature lines.
enum WordStyles {
  static func xml(language: String) -> String {
    let language = MarkupText.escapedOneLine(language)
    let rule = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"595959\""
    let borders = ["top", "left", "bottom", "right", "insideH", "insideV"]
      .map { "<w:\($0) \(rule)/>" }.joined()
    let margins =
      #"<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>"#
    return WordPackage.declaration
      + #"<w:styles xmlns:w="\#(WordPackage.wordNamespace)">"#
      + #"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>"#
      + #"<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="\#(language)" w:eastAsia="\#(language)" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#
      + #"<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
      + paragraphStyle("Normal", name: "Normal", isDefault: true)
      + paragraphStyle(
        "Title", name: "Title", next: "Normal",
        pPr: #"<w:spacing w:after="240"/>"#, rPr: #"<w:b/><w:sz w:val="40"/><w:szCs w:val="40"/>"#)
      + paragraphStyle(
        "Heading1", name: "heading 1", next: "Normal",
        pPr:
          #"<w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="1A1A1A"/></w:pBdr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>"#,
        rPr: #"<w:b/><w:sz w:val="30"/><w:szCs w:val="30"/>"#)
      + paragraphStyle(
        "Heading2", name: "heading 2", next: "Normal",
        pPr:
          #"<w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="80"/><w:outlineLvl w:val="1"/>"#,
        rPr: #"<w:b/><w:sz w:val="25"/><w:szCs w:val="25"/>"#)
      + paragraphStyle(
        "Heading3", name: "heading 3", next: "Normal",
        pPr:
          #"<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/>"#,
        rPr: #"<w:b/><w:i/><w:sz w:val="23"/><w:szCs w:val="23"/>"#)
      + paragraphStyle(
        "ListBullet", name: "List Bullet",
        pPr:
          #"<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>"#
      )
      + paragraphStyle(
        "TableText", name: "Table Text",
        pPr: #"<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>"#,
        rPr: #"<w:sz w:val="17"/><w:szCs w:val="17"/>"#)
      + paragraphStyle(
        "TableHeading", name: "Table Heading", basedOn: "TableText", pPr: "<w:keepNext/>",
        rPr: "<w:b/>")
      + paragraphStyle(
        "ChartBar", name: "Chart Bar", basedOn: "TableText", pPr: #"<w:jc w:val="center"/>"#)
      + paragraphStyle(
        "ChartLabel", name: "Chart Label", basedOn: "TableText",
        pPr: #"<w:keepNext/><w:spacing w:before="60" w:after="20"/>"#)
      + paragraphStyle(
        "AfterTable", name: "After Table",
        pPr: #"<w:spacing w:after="0" w:line="120" w:lineRule="exact"/>"#,
        rPr: #"<w:sz w:val="8"/><w:szCs w:val="8"/>"#)
      + paragraphStyle(
        "Caption", name: "caption", pPr: #"<w:spacing w:before="60" w:after="200"/>"#,
        rPr: #"<w:i/><w:sz w:val="18"/><w:szCs w:val="18"/>"#)
      + paragraphStyle(
        "DocumentMark", name: "Document Mark", pPr: #"<w:jc w:val="right"/>"#,
        rPr: #"<w:b/><w:caps/><w:color w:val="8A0000"/><w:sz w:val="20"/><w:szCs w:val="20"/>"#)
      + paragraphStyle(
        "Footer", name: "footer",
        pPr:
          #"<w:tabs><w:tab w:val="right" w:pos="\#(WordBody.textWidth)"/></w:tabs><w:spacing w:after="0"/>"#,
        rPr: #"<w:sz w:val="16"/><w:szCs w:val="16"/>"#)
      + paragraphStyle(
        "Closing", name: "Closing", pPr: #"<w:spacing w:before="240"/>"#)
      + paragraphStyle(
        "Signature", name: "Signature",
        pPr:
          #"<w:keepNext/><w:tabs><w:tab w:val="left" w:leader="dot" w:pos="5670"/></w:tabs><w:spacing w:before="360" w:after="120"/>"#
      )
      + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>"#
      + #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\#(margins)</w:tblPr></w:style>"#
      + #"<w:style w:type="table" w:styleId="BoardwalkTable"><w:name w:val="Boardwalk Table"/><w:basedOn w:val="TableNormal"/>"#
      + #"<w:tblPr><w:tblBorders>\#(borders)</w:tblBorders>\#(margins)</w:tblPr>"#
      + #"<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E6E6E6"/></w:tcPr></w:tblStylePr></w:style>"#
      + #"<w:style w:type="table" w:styleId="BoardwalkChart"><w:name w:val="Boardwalk Chart"/><w:basedOn w:val="TableNormal"/>"#
      + #"<w:tblPr><w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
      + "</w:styles>"
  }

  /// A paragraph style; `pPr` and `rPr` are its properties, each in schema order.
  private static func paragraphStyle(
    _ id: String, name: String, isDefault: Bool = false, basedOn: String? = "Normal",
    next: String? = nil, pPr: String = "", rPr: String = ""
  ) -> String {
    var out = #"<w:style w:type="paragraph""# + (isDefault ? #" w:default="1""# : "")
    out += #" w:styleId="\#(id)"><w:name w:val="\#(name)"/>"#
    if !isDefault, let basedOn { out += #"<w:basedOn w:val="\#(basedOn)"/>"# }
    if let next { out += #"<w:next w:val="\#(next)"/>"# }
    out += "<w:qFormat/>"
    if !pPr.isEmpty { out += "<w:pPr>\(pPr)</w:pPr>" }
    if !rPr.isEmpty { out += "<w:rPr>\(rPr)</w:rPr>" }
    return out + "</w:style>"
  }
}
