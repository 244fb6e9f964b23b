/// One problem as `boardwalk` prints it: `FILE:LINE:COL: SEVERITY: /POINTER: MESSAGE`,
/// or `FILE:LINE:COL: SEVERITY: MESSAGE` when there is no pointer (a JSON syntax error).
struct DiagnosticLine: Equatable, CustomStringConvertible {
  let file: String
  let line: Int
  let column: Int
  let severity: String
  let pointer: String
  let message: String

  var description: String {
    "\(file):\(line):\(column): \(severity): \(pointer.isEmpty ? "" : pointer + ": ")\(message)"
  }

  /// Reads a line of standard error, or `nil` when it is not a located diagnostic.
  init?(_ text: String) {
    let marker: String
    if let found = [": error: ", ": warning: "].first(where: { text.contains($0) }) {
      marker = found
    } else {
      return nil
    }
    guard let split = text.range(of: marker) else { return nil }
    let head = text[..<split.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
    guard head.count >= 3, let line = Int(head[head.count - 2]), let column = Int(head.last!)
    else { return nil }
    file = head.dropLast(2).joined(separator: ":")
    self.line = line
    self.column = column
    severity = String(marker.dropFirst(2).dropLast(2))
    let rest = text[split.upperBound...]
    if rest.hasPrefix("/"), let end = rest.range(of: ": ") {
      pointer = String(rest[..<end.lowerBound])
      message = String(rest[end.upperBound...])
    } else {
      pointer = ""
      message = String(rest)
    }
  }
}
