import BoardwalkCore
import Foundation
import ZIPFoundation

/// Writes a ``Document`` as a Word document: Office Open XML, packed with ZIPFoundation.
///
/// - The package: `[Content_Types].xml`, the relationships, `word/document.xml`,
///   `word/styles.xml` (Title, Heading 1-3, List Bullet, a table style), numbering for the
///   bullets, settings, a page header with the marks (DRAFT, Not for publication) when the
///   document has any, a footer with the title and page numbers, and `docProps` (core
///   properties: title, status, category, language and date).
/// - Tables: a header row repeated on every page (`w:tblHeader`), rows never split, RAG
///   cells shaded (`w:shd`) and carrying their class's letter; figures are shaded tables
///   with the counts and letters beside the bars, and the text alternative as the table's
///   description.
/// - Text: XML-escaped, control characters shown as ``TextSafety`` placeholders, tabs and
///   line breaks as Word's own; no hyperlink and no field is ever made from text.
/// - The same document gives the same bytes: every date in the package is the document's.
public struct DOCXWriter: Sendable {
  public init() {}

  /// The Word document's bytes.
  /// - Throws: ``DocumentError`` when the package could not be put together.
  public func write(_ document: Document) throws(DocumentError) -> [UInt8] {
    let marks = document.metadata.marks
    var parts: [(path: String, xml: String)] = [
      ("[Content_Types].xml", WordPackage.contentTypes(hasHeader: !marks.isEmpty)),
      ("_rels/.rels", WordPackage.packageRelationships),
      ("word/document.xml", WordBody.xml(document)),
      (
        "word/_rels/document.xml.rels", WordPackage.documentRelationships(hasHeader: !marks.isEmpty)
      ),
      ("word/styles.xml", WordStyles.xml(language: document.metadata.language)),
      ("word/numbering.xml", WordPackage.numbering),
      ("word/settings.xml", WordPackage.settings),
      ("word/footer1.xml", WordPackage.footer(title: document.title)),
      ("docProps/core.xml", WordPackage.coreProperties(document)),
      ("docProps/app.xml", WordPackage.appProperties),
    ]
    if !marks.isEmpty { parts.append(("word/header1.xml", WordPackage.header(marks: marks))) }
    let stamp = Date(
      timeIntervalSince1970: Double(document.metadata.date?.dayNumber ?? Self.zipEpochDay) * 86_400)
    do {
      let archive = try Archive(accessMode: .create)
      for part in parts {
        let bytes = Data(part.xml.utf8)
        try archive.addEntry(
          with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
          modificationDate: stamp, compressionMethod: .deflate
        ) { position, size in
          bytes.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else {
        throw DocumentError("the Word document could not be packed")
      }
      return Array(data)
    } catch let error as DocumentError {
      throw error
    } catch {
      throw DocumentError("the Word document could not be packed (\(error))")
    }
  }

  /// 1980-01-01, the first day a ZIP file can date its entries, as days since 1970.
  static let zipEpochDay: Int32 = 3_652
}
