/// Why a file could not be read as a workbook or CSV table: a message for people that says
/// what is wrong and what to do.
public struct WorkbookError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong and how to put it right.
  public let message: String
  /// The part of the workbook at fault (`xl/worksheets/sheet1.xml`), when there is one.
  public let part: String?

  public init(_ message: String, part: String? = nil) {
    self.message = message
    self.part = part
  }

  public var description: String {
    guard let part else { return message }
    return "\(part): \(message)"
  }

  static func damaged(_ part: String, _ detail: String) -> WorkbookError {
    WorkbookError(
      "the workbook is damaged (\(detail)); open it in Excel or LibreOffice and save it again as .xlsx",
      part: part)
  }
}

/// The limits that keep a hostile or broken file from exhausting memory or time.
public enum WorkbookLimits {
  /// Every part of a workbook together, unpacked.
  public static let maximumUnpackedBytes: UInt64 = 256 * 1024 * 1024
  /// How much larger than its packed size a part may unpack to (a zip bomb unpacks a
  /// thousand times and more; real sheets rarely pass a hundred).
  public static let maximumExpansion: UInt64 = 1000
  /// Parts smaller than this are not held to the expansion limit.
  public static let expansionCheckedFrom: UInt64 = 1024 * 1024
  /// A CSV file's size.
  public static let maximumCSVBytes = 256 * 1024 * 1024
}
