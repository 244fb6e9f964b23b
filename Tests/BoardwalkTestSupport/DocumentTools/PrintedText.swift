/// Text as a printed page gives it back (pdftotext of a PDF), compared with what was
/// written: the page furniture (marks, page numbers) left out, whitespace ignored (lines
/// wrap where the page is full), and the control pictures and emoji left out (a font
/// without them draws a box, which text extraction cannot name, or nothing at all).
public struct PrintedText: Sendable {
  /// The printed text with the furniture, whitespace and control pictures removed.
  public let squeezed: String

  public init(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
      let line = line.trimmingPrefix(while: \.isWhitespace)
      return
        !(line == "DRAFT" || line == "DRAFT · NOT FOR PUBLICATION" || line == "NOT FOR PUBLICATION"
        || line.contains(/Page \d+ of \d+\s*$/))
    }
    squeezed = Self.squeeze(lines.joined(separator: "\n"))
  }

  /// Whether `written` is on the page, whole.
  public func contains(_ written: String) -> Bool { squeezed.contains(Self.squeeze(written)) }

  /// Whether every line of `written` is on the page, each line whole up to 80 characters and
  /// longer ones in pieces of 80: for a table row taller than a page, whose cells printed
  /// side by side are read a page's worth of each in turn.
  public func containsLines(of written: String) -> Bool {
    written.split(whereSeparator: \.isNewline).allSatisfy { line in
      let characters = Array(Self.squeeze(String(line)))
      return stride(from: 0, to: characters.count, by: 80).allSatisfy { start in
        squeezed.contains(String(characters[start..<min(characters.count, start + 80)]))
      }
    }
  }

  /// `text` without whitespace, control pictures (U+2400 to U+2426, U+FFFD) and emoji (a
  /// PDF writer with no font for a character may leave it out).
  public static func squeeze(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter { scalar in
          let value = scalar.value
          return !scalar.properties.isWhitespace && !(0x2400...0x2426).contains(value)
            && value != 0xFFFD && value != 0x200D && value != 0xFE0F
            && !(scalar.properties.isEmoji && value > 0xFF)
        }))
  }
}
