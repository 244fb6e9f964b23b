import BoardwalkCore
import Foundation
import ZIPFoundation

/// Writes Office Open XML workbooks (`.xlsx`) as Excel writes them: a shared string table,
/// a style sheet, real date cells, frozen heading rows and filters, packed with ZIPFoundation.
public struct XLSXWriter {
  /// How a cell looks.
  public struct Style: Hashable, Sendable {
    public var isBold = false
    public var fill: RGBColor?
    public var fontColor: RGBColor?
    /// An Excel number format code (`d mmm yyyy`), for dates.
    public var numberFormat: String?
    public var wraps = false
    public var isCentred = false

    public init(
      isBold: Bool = false, fill: RGBColor? = nil, fontColor: RGBColor? = nil,
      numberFormat: String? = nil, wraps: Bool = false, isCentred: Bool = false
    ) {
      self.isBold = isBold
      self.fill = fill
      self.fontColor = fontColor
      self.numberFormat = numberFormat
      self.wraps = wraps
      self.isCentred = isCentred
    }
  }

  /// A cell to write.
  public enum Value: Sendable {
    case text(String)
    case number(Double)
    /// A date cell: the date as Excel's serial number, shown with the style's format.
    case date(CalendarDate)
  }

  public struct Cell: Sendable {
    public var value: Value?
    public var style: Style

    public init(_ value: Value?, style: Style = Style()) {
      self.value = value
      self.style = style
    }
  }

  /// One sheet: its rows, column widths (in characters), and whether its first row is a
  /// heading that stays put and carries filters.
  public struct Sheet: Sendable {
    public var name: String
    public var rows: [[Cell]]
    public var columnWidths: [Double]
    public var headingRow: Bool

    public init(name: String, rows: [[Cell]], columnWidths: [Double] = [], headingRow: Bool = true)
    {
      self.name = name
      self.rows = rows
      self.columnWidths = columnWidths
      self.headingRow = headingRow
    }
  }

  public var sheets: [Sheet]
  public var title: String?
  public var created: Date

  public init(sheets: [Sheet], title: String? = nil, created: Date = Date()) {
    self.sheets = sheets
    self.title = title
    self.created = created
  }

  /// The workbook's bytes.
  public func data() throws(WorkbookError) -> Data {
    var strings = SharedStrings()
    var styles = StyleTable()
    var parts: [(String, String)] = []
    for (index, sheet) in sheets.enumerated() {
      parts.append(
        ("xl/worksheets/sheet\(index + 1).xml", sheetXML(sheet, strings: &strings, styles: &styles))
      )
    }
    parts.append(("xl/sharedStrings.xml", strings.xml))
    parts.append(("xl/styles.xml", styles.xml))
    parts.append(("xl/workbook.xml", workbookXML))
    parts.append(("xl/_rels/workbook.xml.rels", workbookRelations))
    parts.append(("docProps/core.xml", coreProperties))
    parts.append(("docProps/app.xml", appProperties))
    parts.append(("_rels/.rels", packageRelations))
    parts.insert(("[Content_Types].xml", contentTypes), at: 0)
    do {
      let archive = try Archive(accessMode: .create)
      for (path, text) in parts {
        let bytes = Data(text.utf8)
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(bytes.count),
          modificationDate: created, compressionMethod: .deflate
        ) { position, size in
          bytes.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else { throw WorkbookError("the workbook could not be packed") }
      return data
    } catch let error as WorkbookError {
      throw error
    } catch {
      throw WorkbookError("the workbook could not be packed (\(error))")
    }
  }

  // MARK: Parts

  private func sheetXML(_ sheet: Sheet, strings: inout SharedStrings, styles: inout StyleTable)
    -> String
  {
    let width = sheet.rows.map(\.count).max() ?? 0
    var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    xml +=
      #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
    // Printed, the table fits the page's width (landscape) and runs on over pages.
    xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
    if width > 0, !sheet.rows.isEmpty {
      let last = CellReference(row: sheet.rows.count - 1, column: width - 1)
      xml += #"<dimension ref="A1:\#(last)"/>"#
    }
    xml +=
      "<sheetViews><sheetView workbookViewId=\"0\"" + (sheet.headingRow ? "" : " tabSelected=\"0\"")
      + ">"
    if sheet.headingRow, sheet.rows.count > 1 {
      xml +=
        #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
    }
    xml += "</sheetView></sheetViews>"
    xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
    if !sheet.columnWidths.isEmpty {
      xml += "<cols>"
      for (index, characters) in sheet.columnWidths.enumerated() {
        xml +=
          #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(characters)" customWidth="1"/>"#
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    for (rowIndex, row) in sheet.rows.enumerated() {
      if let height = Self.height(of: row, widths: sheet.columnWidths) {
        xml += #"<row r="\#(rowIndex + 1)" ht="\#(height)" customHeight="1">"#
      } else {
        xml += #"<row r="\#(rowIndex + 1)">"#
      }
      for (column, cell) in row.enumerated() {
        let reference = CellReference(row: rowIndex, column: column)
        let style = styles.index(of: cell.style)
        let styleAttribute = style == 0 ? "" : #" s="\#(style)""#
        switch cell.value {
        case .text(let text)?:
          xml +=
            #"<c r="\#(reference)" t="s"\#(styleAttribute)><v>\#(strings.index(of: text))</v></c>"#
        case .number(let number)?:
          xml += #"<c r="\#(reference)"\#(styleAttribute)><v>\#(CellNumber.text(number))</v></c>"#
        case .date(let date)?:
          xml +=
            #"<c r="\#(reference)"\#(styleAttribute)><v>\#(TrackerDates.serial(of: date))</v></c>"#
        case nil:
          if style != 0 { xml += #"<c r="\#(reference)"\#(styleAttribute)/>"# }
        }
      }
      xml += "</row>"
    }
    xml += "</sheetData>"
    if sheet.headingRow, width > 0, sheet.rows.count > 0 {
      let last = CellReference(row: sheet.rows.count - 1, column: width - 1)
      xml += #"<autoFilter ref="A1:\#(last)"/>"#
    }
    xml +=
      #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
    xml += #"<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
    return xml + "</worksheet>"
  }

  /// The height a row needs for its wrapped text, in points (15 a line), when it needs
  /// more than one line: spreadsheet programs do not work this out when they open a file.
  static func height(of row: [Cell], widths: [Double]) -> Int? {
    var lines = 1
    for (column, cell) in row.enumerated() {
      guard cell.style.wraps, case .text(let text)? = cell.value, column < widths.count else {
        continue
      }
      // A column's width counts characters of the default font; text runs a little wider.
      let perLine = max(1, Int(widths[column] * 0.95))
      var cellLines = 0
      for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        cellLines += max(1, (paragraph.count + perLine - 1) / perLine)
      }
      lines = max(lines, cellLines)
    }
    return lines > 1 ? min(409, lines * 15) : nil
  }

  private var workbookXML: String {
    var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    xml +=
      #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
    xml += #"<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
    for (index, sheet) in sheets.enumerated() {
      xml +=
        #"<sheet name="\#(XMLText.escape(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
    }
    xml += "</sheets><definedNames>"
    for (index, sheet) in sheets.enumerated() where sheet.headingRow && !sheet.rows.isEmpty {
      let width = sheet.rows.map(\.count).max() ?? 1
      let last = CellReference(row: sheet.rows.count - 1, column: max(width, 1) - 1)
      let name = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
      let range = "\(name)!$A$1:$\(CellReference.columnName(last.column))$\(last.row + 1)"
      xml +=
        #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">\#(XMLText.escape(range))</definedName>"#
    }
    return xml + "</definedNames></workbook>"
  }

  private var workbookRelations: String {
    var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    xml += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    for index in sheets.indices {
      xml +=
        #"<Relationship Id="rId\#(index + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
    }
    let next = sheets.count + 1
    xml +=
      #"<Relationship Id="rId\#(next)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
    xml +=
      #"<Relationship Id="rId\#(next + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
    return xml + "</Relationships>"
  }

  private var packageRelations: String {
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
      + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#
  }

  private var contentTypes: String {
    var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    xml +=
      #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
    for index in sheets.indices {
      xml +=
        #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
    }
    xml +=
      #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
    return xml + "</Types>"
  }

  private var coreProperties: String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    let stamp = formatter.string(from: created)
    var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    xml +=
      #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
    if let title { xml += "<dc:title>\(XMLText.escape(title))</dc:title>" }
    xml += "<dc:creator>Boardwalk</dc:creator>"
    xml += #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:created>"#
    xml += #"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:modified>"#
    return xml + "</cp:coreProperties>"
  }

  private var appProperties: String {
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
      + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Boardwalk</Application></Properties>"#
  }
}

/// Text in XML: the five characters XML reserves escaped, and characters XML 1.0 cannot
/// hold (most control characters) written as Excel writes them, `_x0001_`.
enum XMLText {
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      // Text that itself reads like an escape (`_x0041_`) keeps its underscore escaped.
      if scalar == "_", OOXMLEscape.isEscape(scalars, at: index) {
        result += "_x005F_"
        continue
      }
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      case "\r": result += "&#13;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}

/// The workbook's shared string table: each distinct text once.
private struct SharedStrings {
  private var indexes: [String: Int] = [:]
  private var texts: [String] = []
  private var uses = 0

  mutating func index(of text: String) -> Int {
    uses += 1
    if let index = indexes[text] { return index }
    indexes[text] = texts.count
    texts.append(text)
    return texts.count - 1
  }

  var xml: String {
    var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    xml +=
      #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(uses)" uniqueCount="\#(texts.count)">"#
    for text in texts {
      let edges = text.first?.isWhitespace == true || text.last?.isWhitespace == true
      xml +=
        (edges ? #"<si><t xml:space="preserve">"# : "<si><t>") + XMLText.escape(text) + "</t></si>"
    }
    return xml + "</sst>"
  }
}

/// The cell formats used, each once: fonts, fills, number formats and alignments.
private struct StyleTable {
  private var styles: [XLSXWriter.Style] = [XLSXWriter.Style()]
  private var indexes: [XLSXWriter.Style: Int] = [XLSXWriter.Style(): 0]

  mutating func index(of style: XLSXWriter.Style) -> Int {
    if let index = indexes[style] { return index }
    indexes[style] = styles.count
    styles.append(style)
    return styles.count - 1
  }

  var xml: String {
    var formats: [String] = []
    var fonts: [String] = []
    var fills: [String] = []
    var xfs: [String] = []
    for style in styles {
      var numFmtID = 0
      if let code = style.numberFormat {
        if let index = formats.firstIndex(of: code) {
          numFmtID = 164 + index
        } else {
          formats.append(code)
          numFmtID = 164 + formats.count - 1
        }
      }
      var font = "<font>" + (style.isBold ? "<b/>" : "") + #"<sz val="11"/>"#
      if let color = style.fontColor { font += #"<color rgb="FF\#(color.hex)"/>"# }
      font += #"<name val="Calibri"/><family val="2"/></font>"#
      let fontID =
        fonts.firstIndex(of: font)
        ?? {
          fonts.append(font)
          return fonts.count - 1
        }()
      var fillID = 0
      if let color = style.fill {
        let fill =
          #"<fill><patternFill patternType="solid"><fgColor rgb="FF\#(color.hex)"/><bgColor indexed="64"/></patternFill></fill>"#
        fillID =
          2
          + (fills.firstIndex(of: fill)
            ?? {
              fills.append(fill)
              return fills.count - 1
            }())
      }
      var xf =
        #"<xf numFmtId="\#(numFmtID)" fontId="\#(fontID)" fillId="\#(fillID)" borderId="0" xfId="0""#
      if numFmtID != 0 { xf += #" applyNumberFormat="1""# }
      if fontID != 0 { xf += #" applyFont="1""# }
      if fillID != 0 { xf += #" applyFill="1""# }
      // Every written cell sits at the top of its row, beside wrapped text.
      if xfs.isEmpty {
        xf += "/>"
      } else {
        xf += #" applyAlignment="1"><alignment vertical="top""#
        if style.wraps { xf += #" wrapText="1""# }
        if style.isCentred { xf += #" horizontal="center""# }
        xf += "/></xf>"
      }
      xfs.append(xf)
    }
    var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    xml += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
    if !formats.isEmpty {
      xml += #"<numFmts count="\#(formats.count)">"#
      for (index, code) in formats.enumerated() {
        xml += #"<numFmt numFmtId="\#(164 + index)" formatCode="\#(XMLText.escape(code))"/>"#
      }
      xml += "</numFmts>"
    }
    xml += #"<fonts count="\#(fonts.count)">"# + fonts.joined() + "</fonts>"
    xml +=
      #"<fills count="\#(fills.count + 2)"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
      + fills.joined() + "</fills>"
    xml +=
      #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
    xml +=
      #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
    xml += #"<cellXfs count="\#(xfs.count)">"# + xfs.joined() + "</cellXfs>"
    xml += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
    return xml + "</styleSheet>"
  }
}
