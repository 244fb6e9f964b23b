import BoardwalkCore
import Foundation

/// Opening a tracker file, whatever kind it is, and importing it: for `boardwalk import`
/// and, through ``TrackerReader``, for every command that takes plan paths.
public enum TrackerFile {
  /// The extensions read as workbooks and as CSV text.
  public static let workbookExtensions: Set<String> = ["xlsx", "xlsm"]
  public static let csvExtensions: Set<String> = ["csv", "tsv"]
  /// Spreadsheets Boardwalk cannot read, claimed so that they are refused with a message
  /// that says what to do rather than read as JSON.
  public static let refusedExtensions: Set<String> = ["xls", "ods", "numbers", "xlsb"]

  /// Every extension a tracker may have.
  public static var extensions: Set<String> {
    workbookExtensions.union(csvExtensions).union(refusedExtensions)
  }

  /// Whether a path names a tracker (by its extension).
  public static func isTracker(_ path: String) -> Bool {
    extensions.contains(((path as NSString).pathExtension).lowercased())
  }

  /// The mapping file that applies to a tracker when none is given: `NAME.mapping.json`
  /// beside it, else `boardwalk-mapping.json` in its folder.
  public static func mappingFile(for path: String) -> String? {
    let folder = (path as NSString).deletingLastPathComponent
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let prefix = folder.isEmpty ? "" : folder + "/"
    for candidate in [prefix + stem + ".mapping.json", prefix + "boardwalk-mapping.json"]
    where FileManager.default.fileExists(atPath: candidate) {
      return candidate
    }
    return nil
  }

  /// Reads a mapping file.
  public static func readMapping(_ path: String) throws(WorkbookError) -> ImportMapping {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw WorkbookError("\(path): no such mapping file, or it cannot be read")
    }
    return try ImportMapping.parse(data, file: path)
  }

  /// Reads the tracker at `path` into a workbook.
  public static func workbook(at path: String) throws(WorkbookError) -> (
    Workbook, description: String
  ) {
    let fileExtension = (path as NSString).pathExtension.lowercased()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw WorkbookError("no such file")
    }
    guard !isFolder.boolValue else { throw WorkbookError("a folder, not a tracker file") }
    switch fileExtension {
    case "xls":
      throw WorkbookError(
        "an Excel 97-2003 workbook (.xls) cannot be read; open it in Excel or LibreOffice and save it as .xlsx"
      )
    case "xlsb":
      throw WorkbookError(
        "an Excel binary workbook (.xlsb) cannot be read; open it in Excel and save it as .xlsx")
    case "ods":
      throw WorkbookError(
        "an OpenDocument spreadsheet (.ods) cannot be read; open it in LibreOffice and save it as .xlsx (Excel 2007-365)"
      )
    case "numbers":
      throw WorkbookError(
        "a Numbers document cannot be read; export it from Numbers as Excel (.xlsx)")
    default: break
    }
    if csvExtensions.contains(fileExtension) {
      let reading = try CSVTable.read(path: path)
      let separator =
        reading.separator == "\t"
        ? "tab" : reading.separator == ";" ? "\";\"" : "\"\(reading.separator)\""
      return (reading.workbook, "\(reading.encoding.rawValue), separated by \(separator)")
    }
    let workbook = try XLSXReader.read(path: path)
    return (workbook, "Excel workbook")
  }

  /// Imports the tracker at `path`: the mapping beside it applies unless `options` carries
  /// one. A file that cannot be read gives a report with that one error.
  public static func importTracker(at path: String, options: ImportOptions) -> TrackerImport {
    var options = options
    do {
      if options.mappingFile == nil, let found = mappingFile(for: path) {
        options.mapping = try readMapping(found)
        options.mappingFile = found
      }
      let (workbook, description) = try self.workbook(at: path)
      if options.fileDate == nil { options.fileDate = savedDate(of: path, workbook: workbook) }
      var result = TrackerImporter.run(workbook, file: path, options: options)
      result.report.lines[0] = "import of \(path) (\(description))"
      return result
    } catch {
      var report = ImportReport(file: path)
      report.error(error.part, error.message)
      return TrackerImport(document: nil, report: report, mapping: options.mapping)
    }
  }

  /// The day the tracker was last saved: its properties' date, else the file's.
  static func savedDate(of path: String, workbook: Workbook) -> CalendarDate? {
    if let modified = workbook.modified, modified.count >= 10,
      let date = try? PlanDate(parsing: String(modified.prefix(10)))
    {
      return date.date
    }
    guard
      let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate]
        as? Date
    else { return nil }
    let parts = Calendar(identifier: .gregorian).dateComponents(
      in: TimeZone.current, from: date)
    return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
  }
}

/// Lets every command that takes plan paths read trackers: a tracker is imported in memory
/// and its plan document handed to the plan loader under the tracker's name.
public struct TrackerReader: PlanSourceReader {
  public var fileExtensions: Set<String> { TrackerFile.extensions }

  public init() {}

  public func planFile(at path: String) -> PlanSourceReading {
    let result = TrackerFile.importTracker(at: path, options: ImportOptions())
    var diagnostics = result.report.diagnostics
    guard let document = result.document else {
      if !diagnostics.contains(where: \.isError) {
        diagnostics.append(
          Diagnostic(.error, file: path, message: "the tracker could not be imported"))
      }
      return PlanSourceReading(bytes: nil, diagnostics: diagnostics)
    }
    return PlanSourceReading(
      bytes: Array(document.json.utf8), diagnostics: diagnostics,
      actionPlaces: document.actions.map(\.place))
  }
}
