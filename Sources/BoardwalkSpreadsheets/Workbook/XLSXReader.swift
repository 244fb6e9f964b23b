import Foundation

/// Office Open XML's escape for characters XML cannot hold: `_x0001_` is U+0001, and
/// `_x005F_` an underscore (so that text reading like an escape can be written).
enum OOXMLEscape {
  /// Whether an escape starts at `index`: `_x`, four hexadecimal digits, `_`.
  static func isEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x",
      scalars[index + 6] == "_"
    else { return false }
    return scalars[index + 2...index + 5].allSatisfy { $0.properties.isASCIIHexDigit }
  }

  /// The text with its escapes read.
  static func decode(_ text: String) -> String {
    var previous: UInt8 = 0
    guard
      text.utf8.contains(where: { byte in
        defer { previous = byte }
        return previous == 0x5F && byte == 0x78
      })
    else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if isEscape(scalars, at: index),
        let value = UInt32(
          String(String.UnicodeScalarView(scalars[index + 2...index + 5])), radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        result.append(scalar)
        index += 7
      } else {
        result.append(scalars[index])
        index += 1
      }
    }
    return String(result)
  }
}

/// Reads an Office Open XML workbook (`.xlsx`, `.xlsm`): the sheets in tab order with their
/// values (shared and inline strings, numbers, truth values, errors, formulas' saved
/// results), date formats and fill colours, merged ranges, hidden rows and sheets.
public enum XLSXReader {
  /// Reads the workbook at `path`.
  public static func read(path: String) throws(WorkbookError) -> Workbook {
    var package = try WorkbookPackage(path: path)
    let rootRelations = try relations(of: "", in: &package)
    let officeDocument =
      rootRelations.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
    guard let workbookData = try package.data(officeDocument) else {
      if package.has("word/document.xml") {
        throw WorkbookError(
          "this is a Word document, not an Excel workbook; copy its table into a spreadsheet and save that as .xlsx"
        )
      }
      throw WorkbookError(
        "not an Excel workbook: the ZIP archive has no workbook part (xl/workbook.xml); save the file from Excel or LibreOffice as .xlsx"
      )
    }
    let workbookRelations = try relations(of: officeDocument, in: &package)
    let declared = try parseWorkbook(workbookData, part: officeDocument)

    var theme = ThemeColors.office
    if let part = workbookRelations.first(where: { $0.type.hasSuffix("/theme") })?.target,
      let data = try package.data(part)
    {
      theme = try ThemeColors.parse(data, part: part)
    }
    var styles = WorkbookStyles()
    if let part = workbookRelations.first(where: { $0.type.hasSuffix("/styles") })?.target,
      let data = try package.data(part)
    {
      styles = try WorkbookStyles.parse(data, part: part, theme: theme)
    }
    var strings: [String] = []
    if let part = workbookRelations.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target,
      let data = try package.data(part)
    {
      strings = try parseSharedStrings(data, part: part)
    }

    var sheets: [Worksheet] = []
    for entry in declared.sheets {
      guard let relation = workbookRelations.first(where: { $0.id == entry.relation }) else {
        throw .damaged(
          officeDocument,
          "sheet \"\(entry.name)\" names a part (\(entry.relation)) that is not there")
      }
      if relation.type.hasSuffix("/chartsheet") {
        sheets.append(Worksheet(name: entry.name, visibility: entry.visibility, kind: .chart))
        continue
      }
      guard relation.type.hasSuffix("/worksheet") else {
        let kind = relation.type.split(separator: "/").last.map(String.init) ?? "unknown"
        sheets.append(Worksheet(name: entry.name, visibility: entry.visibility, kind: .other(kind)))
        continue
      }
      guard let data = try package.data(relation.target) else {
        throw .damaged(relation.target, "sheet \"\(entry.name)\" is missing from the archive")
      }
      var sheet = Worksheet(name: entry.name, visibility: entry.visibility)
      try SheetParser.parse(
        data, part: relation.target, into: &sheet, strings: strings, styles: styles)
      sheets.append(sheet)
    }
    var workbook = Workbook(sheets: sheets, uses1904Dates: declared.uses1904Dates)
    if let part = rootRelations.first(where: { $0.type.hasSuffix("/core-properties") })?.target,
      let data = try package.data(part)
    {
      (workbook.title, workbook.modified) = try parseCoreProperties(data, part: part)
    }
    return workbook
  }

  // MARK: Relationships

  struct Relation {
    var id: String
    var type: String
    /// The part it points to, as a path inside the package (no leading `/`).
    var target: String
  }

  /// The relationships of `part` (the package's own when `part` is empty).
  private static func relations(of part: String, in package: inout WorkbookPackage)
    throws(WorkbookError) -> [Relation]
  {
    let folder = (part as NSString).deletingLastPathComponent
    let name = (part as NSString).lastPathComponent
    let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    guard let data = try package.data(relsPart) else { return [] }
    var result: [Relation] = []
    try XMLEvents.parse(
      data, part: relsPart,
      start: { element, attributes in
        guard element == "Relationship", let id = attributes["Id"],
          let type = attributes["Type"], let target = attributes["Target"],
          attributes["TargetMode"] != "External"
        else { return }
        result.append(Relation(id: id, type: type, target: resolve(target, from: folder)))
      })
    return result
  }

  /// A relationship target as a package path: absolute (`/xl/...`) or relative to `folder`.
  static func resolve(_ target: String, from folder: String) -> String {
    var components: [Substring] = []
    let joined = target.hasPrefix("/") ? target : (folder.isEmpty ? "" : folder + "/") + target
    for component in joined.split(separator: "/") {
      if component == ".." {
        _ = components.popLast()
      } else if component != "." {
        components.append(component)
      }
    }
    return components.joined(separator: "/")
  }

  // MARK: The workbook part

  struct DeclaredSheet {
    var name: String
    var relation: String
    var visibility: Worksheet.Visibility
  }

  private static func parseWorkbook(_ data: Data, part: String) throws(WorkbookError)
    -> (sheets: [DeclaredSheet], uses1904Dates: Bool)
  {
    var sheets: [DeclaredSheet] = []
    var uses1904 = false
    try XMLEvents.parse(
      data, part: part,
      start: { name, attributes in
        switch name {
        case "workbookPr":
          let flag = attributes["date1904"]?.lowercased()
          uses1904 = flag == "1" || flag == "true"
        case "sheet":
          guard let sheetName = attributes["name"], let relation = attributes.attribute("id")
          else { return }
          let visibility =
            Worksheet.Visibility(rawValue: attributes["state"] ?? "visible") ?? .visible
          sheets.append(DeclaredSheet(name: sheetName, relation: relation, visibility: visibility))
        default: break
        }
      })
    return (sheets, uses1904)
  }

  // MARK: Shared strings

  private static func parseSharedStrings(_ data: Data, part: String) throws(WorkbookError)
    -> [String]
  {
    var strings: [String] = []
    var current = ""
    var inText = false
    var inPhonetic = false
    try XMLEvents.parse(
      data, part: part,
      start: { name, _ in
        switch name {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
      },
      end: { name in
        switch name {
        case "si": strings.append(OOXMLEscape.decode(current))
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
      },
      text: { text in if inText { current += text } })
    return strings
  }

  // MARK: Properties

  private static func parseCoreProperties(_ data: Data, part: String) throws(WorkbookError)
    -> (title: String?, modified: String?)
  {
    var title: String?
    var modified: String?
    var element: Substring = ""
    var text = ""
    try XMLEvents.parse(
      data, part: part,
      start: { name, _ in
        element = name
        text = ""
      },
      end: { name in
        let value = text.trimmed
        if name == "title", !value.isEmpty { title = value }
        if name == "modified", !value.isEmpty { modified = value }
        element = ""
      },
      text: { if !element.isEmpty { text += $0 } })
    return (title, modified)
  }
}
