import Foundation

/// LibreOffice, headless: converts a Word document to PDF, as a person opening and
/// exporting it would.
public enum LibreOffice {
  /// Converts `docx` to a PDF in `folder` (with a LibreOffice profile of its own, so runs
  /// never share a lock); returns the PDF's path.
  public static func pdf(of docx: String, folder: ScratchFolder) throws -> String {
    let executable = try DocumentTool.libreOffice.require()
    let profile = try folder.folder("lo-profile-\(UUID().uuidString.prefix(6))")
    let out = try folder.folder("lo-out")
    let result = try ToolRunner.run(
      executable,
      [
        "-env:UserInstallation=file://\(profile)", "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", out, docx,
      ], in: folder.path, environment: ["HOME": folder.path])
    let name = ((docx as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf"
    let pdf = out + "/" + name
    guard result.status == 0, FileManager.default.fileExists(atPath: pdf) else {
      throw TestProblem(
        "LibreOffice could not convert \(docx) to PDF (is LibreOffice Writer installed? apt-get install libreoffice-writer-nogui): \(result)"
      )
    }
    return pdf
  }
}
