import Foundation

/// poppler-utils: the text of a PDF (`pdftotext`), its page count (`pdfinfo`), its pages as
/// PNG images (`pdftoppm`).
public enum Poppler {
  static func tool(_ name: String) throws -> String {
    let pdftotext = try DocumentTool.poppler.require()
    return (pdftotext as NSString).deletingLastPathComponent + "/" + name
  }

  /// The text of `pdf`, or of page `page` only, in the order it was drawn (`-raw`: a line
  /// ending in a hyphen is not joined to the next, as reading order would).
  public static func text(of pdf: String, page: Int? = nil) throws -> String {
    let pages = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
    let result = try ToolRunner.run(
      try tool("pdftotext"), pages + ["-raw", "-enc", "UTF-8", pdf, "-"])
    guard result.status == 0 else { throw TestProblem("pdftotext failed: \(result)") }
    return result.output
  }

  /// How many pages `pdf` has.
  public static func pageCount(of pdf: String) throws -> Int {
    let result = try ToolRunner.run(try tool("pdfinfo"), [pdf])
    guard result.status == 0,
      let line = result.output.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
      let count = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
    else { throw TestProblem("pdfinfo failed: \(result)") }
    return count
  }

  /// The pages of `pdf` as PNG files `PREFIX-N.png` at `dpi`; returns their paths in order.
  public static func pageImages(of pdf: String, prefix: String, dpi: Int = 60) throws -> [String] {
    let result = try ToolRunner.run(try tool("pdftoppm"), ["-png", "-r", "\(dpi)", pdf, prefix])
    guard result.status == 0 else { throw TestProblem("pdftoppm failed: \(result)") }
    let folder = (prefix as NSString).deletingLastPathComponent
    let base = (prefix as NSString).lastPathComponent
    return try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasPrefix(base + "-") && $0.hasSuffix(".png") }.sorted()
      .map { folder + "/" + $0 }
  }
}

extension String {
  /// The words of the text separated by single spaces: for comparing what a PDF or a page
  /// shows with what was written, whatever the line breaks.
  public var wordsJoined: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
