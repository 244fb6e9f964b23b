import Foundation

/// Headless Chromium: prints HTML to PDF as a person's "Print" would, takes screenshots,
/// and gives the DOM it built, so tests see what a browser makes of a page.
public enum Chromium {
  /// Runs Chromium on `html` with `arguments` (a profile of its own, no sandbox, no GPU,
  /// no network), in `folder`.
  static func run(_ arguments: [String], html: String, folder: ScratchFolder) throws -> ToolOutput {
    let executable = try DocumentTool.chromium.require()
    let profile = try folder.folder("chromium-profile-\(UUID().uuidString.prefix(6))")
    let result = try ToolRunner.run(
      executable,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
        "--disable-background-networking", "--user-data-dir=\(profile)",
        "--enable-logging=stderr", "--v=0",
      ] + arguments + ["file://" + html],
      in: folder.path, environment: ["HOME": folder.path])
    guard result.status == 0 else {
      throw TestProblem("chromium \(arguments.joined(separator: " ")) failed: \(result)")
    }
    return result
  }

  /// Prints the page at the path `html` to a PDF beside it, A4 as its style sheet asks, with no header or footer
  /// of Chromium's own; returns the PDF's path and what Chromium logged.
  public static func printToPDF(_ html: String, folder: ScratchFolder) throws -> (
    pdf: String, log: String
  ) {
    let pdf = folder.file("printed.pdf")
    let result = try run(
      ["--print-to-pdf=\(pdf)", "--no-pdf-header-footer", "--print-to-pdf-no-header"], html: html,
      folder: folder)
    guard FileManager.default.fileExists(atPath: pdf) else {
      throw TestProblem("chromium wrote no PDF: \(result)")
    }
    return (pdf, result.errors)
  }

  /// A PNG of `html` in a window `width` by `height` pixels.
  public static func screenshot(_ html: String, folder: ScratchFolder, width: Int, height: Int)
    throws -> String
  {
    let png = folder.file("screenshot.png")
    _ = try run(
      ["--screenshot=\(png)", "--window-size=\(width),\(height)", "--hide-scrollbars"], html: html,
      folder: folder)
    return png
  }

  /// The document as Chromium parsed it, serialised (`--dump-dom`).
  public static func dom(_ html: String, folder: ScratchFolder) throws -> (dom: String, log: String)
  {
    let result = try run(["--dump-dom"], html: html, folder: folder)
    return (result.output, result.errors)
  }
}
