/// Text compared as a reader sees it: runs of white space (line breaks included) count as one.
enum Words {
  static func of(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace || $0 == "\r\n" }).joined(separator: " ")
  }
}
