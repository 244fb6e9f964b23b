import Testing

@testable import BoardwalkCore

@Suite("CSVText: RFC 4180 fields, formulas disarmed")
struct CSVTextTests {
  @Test(
    "quoting",
    arguments: [
      ("plain", "plain"),
      ("", ""),
      ("a,b", "\"a,b\""),
      ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("line\nbreak", "\"line\nbreak\""),
      ("carriage\rreturn", "\"carriage\rreturn\""),
      ("windows\r\nbreak", "\"windows\r\nbreak\""),
      ("café, 漢字", "\"café, 漢字\""),
    ])
  func quoting(value: String, field: String) {
    #expect(CSVText.field(value) == field)
  }

  @Test(
    "a field a spreadsheet would run as a formula is prefixed with '",
    arguments: [
      ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
      ("+44 1234", "'+44 1234"),
      ("@cmd", "'@cmd"),
      ("-2+3", "'-2+3"),
      ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
      ("\tindented", "'\tindented"),
      ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
      ("\r=1", "\"'\r=1\""),
    ])
  func formulaGuard(value: String, field: String) {
    #expect(CSVText.field(value) == field)
  }

  @Test("a formula character after the start is left alone")
  func formulaInside() {
    #expect(CSVText.field("a=b") == "a=b")
    #expect(CSVText.field("x@y.org") == "x@y.org")
  }

  @Test("a line joins fields with commas")
  func line() {
    #expect(
      CSVText.line(["1.1", "Head of SEND, LAP", "=1", ""]) == "1.1,\"Head of SEND, LAP\",'=1,")
  }

  @Test("a line break inside a field never ends the record")
  func recordsSurviveLineBreaks() {
    for value in ["a\nb", "a\rb", "a\r\nb", "\r\n", "x\u{2028}y"] {
      let field = CSVText.field(value)
      if value.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
        #expect(field.hasPrefix("\"") && field.hasSuffix("\""), "\(value.debugDescription)")
      }
    }
  }
}
