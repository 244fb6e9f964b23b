import Foundation
import ZIPFoundation

/// The ZIP container of an Office Open XML workbook, read with ZIPFoundation, with limits on
/// how much it may unpack to.
struct WorkbookPackage {
  private let archive: Archive
  /// Entries by part name in lower case (part names are compared without regard to case).
  private let entries: [String: Entry]
  private var unpacked: UInt64 = 0

  /// Opens the file at `path`, saying plainly what it is when it is not a workbook.
  init(path: String) throws(WorkbookError) {
    let head = Self.firstBytes(of: path, count: 8)
    guard let head else { throw WorkbookError("cannot read the file") }
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw Self.compoundFileError(path: path)
    }
    guard
      head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
    else {
      if head.isEmpty { throw WorkbookError("the file is empty; it is not an Excel workbook") }
      throw WorkbookError(
        "not an Excel workbook (.xlsx files are ZIP archives, and this is not one); if it is a CSV file, name it .csv; if it is another kind of file, open it in a spreadsheet program and save it as .xlsx"
      )
    }
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw WorkbookError(
        "the workbook is damaged: its ZIP archive cannot be read (\(error)); open it in Excel or LibreOffice and save it again as .xlsx"
      )
    }
    var entries: [String: Entry] = [:]
    var declared: UInt64 = 0
    for entry in archive where entry.type == .file {
      let name = entry.path.lowercased()
      entries[name] = entry
      let size = entry.uncompressedSize
      declared = declared.addingReportingOverflow(size).overflow ? .max : declared + size
      if size >= WorkbookLimits.expansionCheckedFrom,
        size / max(entry.compressedSize, 1) > WorkbookLimits.maximumExpansion
      {
        throw Self.bombError(entry.path, size: size)
      }
    }
    if declared > WorkbookLimits.maximumUnpackedBytes {
      throw WorkbookError(
        "the workbook would unpack to \(Self.megabytes(declared)), more than the \(Self.megabytes(WorkbookLimits.maximumUnpackedBytes)) Boardwalk reads; it is not read (is it a zip bomb? a real tracker is a few megabytes)"
      )
    }
    if entries["content.xml"] != nil, entries["mimetype"] != nil {
      throw WorkbookError(
        "this is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as .xlsx (File > Save As > Excel 2007-365) and give that"
      )
    }
    self.archive = archive
    self.entries = entries
  }

  /// Whether the package has this part.
  func has(_ part: String) -> Bool { entries[part.lowercased()] != nil }

  /// The bytes of a part, or `nil` when the package has no such part. Stops, and throws,
  /// as soon as the part unpacks to more than it declared or the whole workbook to more
  /// than the limit.
  mutating func data(_ part: String) throws(WorkbookError) -> Data? {
    guard let entry = entries[part.lowercased()] else { return nil }
    var data = Data()
    let declared = entry.uncompressedSize
    if declared < 64 * 1024 * 1024 { data.reserveCapacity(Int(declared)) }
    var total = unpacked
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        total += UInt64(chunk.count)
        if data.count + chunk.count > Int(clamping: declared) {
          throw PackageStop.largerThanDeclared
        }
        if total > WorkbookLimits.maximumUnpackedBytes { throw PackageStop.tooLarge }
        data.append(chunk)
      }
    } catch PackageStop.tooLarge {
      throw Self.bombError(entry.path, size: total)
    } catch PackageStop.largerThanDeclared {
      throw .damaged(entry.path, "the part unpacks to more than its header says")
    } catch {
      throw .damaged(entry.path, "the part cannot be unpacked: \(error)")
    }
    unpacked = total
    return data
  }

  private enum PackageStop: Error {
    case tooLarge
    case largerThanDeclared
  }

  private static func bombError(_ part: String, size: UInt64) -> WorkbookError {
    WorkbookError(
      "the part unpacks to \(megabytes(size)) from far less (a zip bomb, or a damaged file); the workbook is not read",
      part: part)
  }

  private static func megabytes(_ bytes: UInt64) -> String {
    "\(bytes / (1024 * 1024)) MB"
  }

  private static func firstBytes(of path: String, count: Int) -> [UInt8]? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: count) else { return [] }
    return Array(data)
  }

  /// An OLE compound file: an encrypted (password-protected) workbook, or an old `.xls`.
  private static func compoundFileError(path: String) -> WorkbookError {
    let data = (try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)) ?? Data()
    let marker = Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    if data.range(of: marker) != nil {
      return WorkbookError(
        "the workbook is password-protected (encrypted), so it cannot be read; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, then clear it), save it and give that file"
      )
    }
    return WorkbookError(
      "this is an old Excel 97-2003 workbook (.xls) or another OLE file, not .xlsx; open it in Excel or LibreOffice and save it as .xlsx"
    )
  }
}
