import Foundation

/// python-docx, an independent reader of Word documents: what it finds in a `.docx`, as
/// JSON decoded into ``WordReading``.
public enum PythonDocx {
  /// The reader: body blocks in order (paragraphs with their style, tables with each row's
  /// cells, whether the row repeats as a header, and each cell's shading), the page header
  /// and footer, the core properties, and every hyperlink or field anywhere in the package.
  static let script = #"""
    import json, sys, docx
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph
    from docx.oxml.ns import qn

    doc = docx.Document(sys.argv[1])
    blocks = []
    for element in doc.element.body.iterchildren():
        if element.tag == qn("w:p"):
            p = Paragraph(element, doc)
            blocks.append({"kind": "paragraph", "style": p.style.name, "text": p.text,
                           "pageBreakBefore": element.find(".//" + qn("w:pageBreakBefore")) is not None})
        elif element.tag == qn("w:tbl"):
            table = Table(element, doc)
            rows = []
            for tr in element.findall(qn("w:tr")):
                trPr = tr.find(qn("w:trPr"))
                cells = []
                for tc in tr.findall(qn("w:tc")):
                    shd = tc.find(qn("w:tcPr") + "/" + qn("w:shd"))
                    cells.append({"text": _Cell(tc, table).text,
                                  "fill": shd.get(qn("w:fill")) if shd is not None else None})
                rows.append({"header": trPr is not None and trPr.find(qn("w:tblHeader")) is not None,
                             "cells": cells})
            tblPr = element.find(qn("w:tblPr"))
            def value(name):
                found = tblPr.find(qn(name)) if tblPr is not None else None
                return found.get(qn("w:val")) if found is not None else None
            blocks.append({"kind": "table", "style": table.style.name if table.style is not None else None,
                           "caption": value("w:tblCaption"), "description": value("w:tblDescription"),
                           "rows": rows})
    section = doc.sections[0]
    core = doc.core_properties
    links = 0
    fields = []
    for part in doc.part.package.iter_parts():
        links += sum(1 for rel in part.rels.values() if rel.reltype.endswith("/hyperlink"))
        blob = part.blob if hasattr(part, "blob") else b""
        links += blob.count(b"<w:hyperlink")
        fields += [f.get(qn("w:instr")) for f in part.element.iter(qn("w:fldSimple"))] if hasattr(part, "element") else []
        fields += [t.text for t in part.element.iter(qn("w:instrText"))] if hasattr(part, "element") else []
    print(json.dumps({
        "blocks": blocks,
        "header": [p.text for p in section.header.paragraphs] if not section.header.is_linked_to_previous else [],
        "footer": [p.text for p in section.footer.paragraphs],
        "core": {"title": core.title, "category": core.category, "status": core.content_status,
                 "language": core.language, "created": core.created.isoformat() if core.created else None},
        "hyperlinks": links,
        "fields": fields,
    }))
    """#

  /// What python-docx reads in a Word document's `bytes`.
  public static func read(bytes: [UInt8]) throws -> WordReading {
    let folder = try ScratchFolder("python-docx")
    defer { folder.remove() }
    return try read(try folder.write("document.docx", bytes: bytes))
  }

  /// What python-docx reads in `docx`.
  public static func read(_ docx: String) throws -> WordReading {
    try DocumentTool.pythonDocx.readJSON(script, of: docx)
  }
}

/// A Word document as python-docx reads it.
public struct WordReading: Decodable, Sendable {
  public struct Block: Decodable, Sendable {
    public let kind: String
    public let style: String?
    public let text: String?
    public let pageBreakBefore: Bool?
    public let caption: String?
    public let description: String?
    public let rows: [Row]?
  }

  public struct Row: Decodable, Sendable {
    public let header: Bool
    public let cells: [Cell]
  }

  public struct Cell: Decodable, Sendable {
    public let text: String
    public let fill: String?
  }

  public struct Core: Decodable, Sendable {
    public let title: String?
    public let category: String?
    public let status: String?
    public let language: String?
    public let created: String?
  }

  public let blocks: [Block]
  public let header: [String]
  public let footer: [String]
  public let core: Core
  public let hyperlinks: Int
  public let fields: [String?]

  /// The paragraphs in the body, in order.
  public var paragraphs: [Block] { blocks.filter { $0.kind == "paragraph" } }
  /// The tables in the body, in order.
  public var tables: [Block] { blocks.filter { $0.kind == "table" } }
  /// The body's paragraphs in `style`, their text.
  public func texts(inStyle style: String) -> [String] {
    paragraphs.filter { $0.style == style }.compactMap(\.text)
  }
}
