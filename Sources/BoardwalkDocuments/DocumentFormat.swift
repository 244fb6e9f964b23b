/// The formats a ``Document`` is written in: one writer each, every writer taking the same
/// document. Adding a format means adding a case and its writer; nothing that builds
/// documents (minutes, packs) changes.
public enum DocumentFormat: String, Hashable, Sendable, CaseIterable {
  /// GitHub-flavoured Markdown (``MarkdownWriter``).
  case markdown
  /// One self-contained, printable HTML file (``HTMLWriter``).
  case html
  /// A Word document, Office Open XML (``DOCXWriter``).
  case docx

  /// The document's bytes in this format.
  /// - Throws: ``DocumentError`` when the file could not be put together.
  public func bytes(of document: Document) throws(DocumentError) -> [UInt8] {
    switch self {
    case .markdown: MarkdownWriter().bytes(of: document)
    case .html: Array(HTMLWriter().write(document).utf8)
    case .docx: try DOCXWriter().write(document)
    }
  }

  /// Whether the format is text a terminal can show (Word files are not).
  public var isText: Bool { self != .docx }

  /// The file name extension, without its dot.
  public var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .html: "html"
    case .docx: "docx"
    }
  }
}
