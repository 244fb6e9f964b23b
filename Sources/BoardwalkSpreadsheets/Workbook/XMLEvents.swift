import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads XML with Foundation's `XMLParser`, handing elements (by local name, without any
/// namespace prefix) and text to a handler. A document type declaration is refused before
/// parsing: Office Open XML never has one, and entities are how XML bombs work.
final class XMLEvents: NSObject, XMLParserDelegate {
  typealias Start = (_ name: Substring, _ attributes: [String: String]) -> Void
  typealias End = (_ name: Substring) -> Void
  typealias Text = (_ text: String) -> Void

  private let start: Start
  private let end: End
  private let text: Text
  private var stopped = false

  private init(start: @escaping Start, end: @escaping End, text: @escaping Text) {
    self.start = start
    self.end = end
    self.text = text
  }

  /// Parses `data`, calling the handlers; throws a ``WorkbookError`` naming `part` when the
  /// XML is not well formed.
  static func parse(
    _ data: Data, part: String, start: @escaping Start, end: @escaping End = { _ in },
    text: @escaping Text = { _ in }
  ) throws(WorkbookError) {
    if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil
    {
      throw WorkbookError(
        "the part declares a document type or entities, which no spreadsheet program writes; the file was not read",
        part: part)
    }
    // A stream is parsed in chunks: libxml2 refuses a whole part of tens of megabytes on one
    // line ("huge input lookup"), which is how openpyxl writes sheets.
    let parser = XMLParser(stream: InputStream(data: data))
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    let events = XMLEvents(start: start, end: end, text: text)
    parser.delegate = events
    guard parser.parse() else {
      let line = parser.lineNumber
      let reason =
        parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not well formed"
      throw .damaged(part, "its XML is not well formed at line \(line): \(reason)")
    }
  }

  private static func localName(_ name: String) -> Substring {
    guard let colon = name.lastIndex(of: ":") else { return name[...] }
    return name[name.index(after: colon)...]
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    start(Self.localName(elementName), attributeDict)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    end(Self.localName(elementName))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text(string)
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    text(String(decoding: block, as: UTF8.self))
  }
}

extension Dictionary where Key == String, Value == String {
  /// The attribute with this local name, whatever its namespace prefix.
  func attribute(_ localName: String) -> String? {
    if let value = self[localName] { return value }
    return first { $0.key.hasSuffix(":" + localName) }?.value
  }
}
