import Testing

@testable import BoardwalkCore

@Suite("Filter canonical form: written back so it reads the same")
struct FilterCanonicalFormTests {
  @Test(
    "canonical text of typed expressions",
    arguments: [
      ("Status:RED", "status:RED"),
      ("OWNER:\"Head of SEND\"   DUE:overdue", "owner:\"Head of SEND\" due:overdue"),
      ("owner:\"LAP\"", "owner:LAP"),
      ("-status:done", "-status:done"),
      ("owner:=\"Head of SEND\"", "owner:\"Head of SEND\""),
      ("owner:\"Head of SEND\"", "owner:\"Head of SEND\""),
      ("OWNER:~send", "owner:~send"),
      ("owner:\"~tilde\"", "owner:\"~tilde\""),
      ("owner:\"a,b\",c", "owner:\"a,b\",c"),
      (#"owner:"say \"hi\"""#, #"owner:"say \"hi\"""#),
      (#""back\\slash""#, #""back\\slash""#),
      ("\"local offer\"", "\"local offer\""),
      ("\"PAP5A:1\"", "\"PAP5A:1\""),
      ("\"-minus\"", "\"-minus\""),
      ("\"=equals\"", "\"=equals\""),
      ("owner:\"=x\"", "owner:\"=x\""),
      ("word", "word"),
      ("plan:hull area:AFI4 status:red", "plan:hull area:AFI4 status:red"),
    ])
  func canonical(typed: String, canonical: String) throws {
    let expression = try FilterParser.parse(typed)
    #expect(expression.description == canonical)
    #expect(try FilterParser.parse(expression.description) == expression)
  }

  /// Expressions built in code, with values that need quoting for every reason.
  static let built: [FilterExpression] = [
    FilterExpression(terms: [
      FilterTerm(.owner, ["Head of SEND"], exact: true), FilterTerm(.due, ["overdue"]),
    ]),
    FilterExpression(terms: [FilterTerm(.text, ["-dash"]), FilterTerm(.text, ["a:b"])]),
    FilterExpression(terms: [FilterTerm(.text, ["owner:x"], negated: true)]),
    FilterExpression(terms: [FilterTerm(.owner, ["=eq", "plain"]), FilterTerm(.area, ["CI 1.1"])]),
    FilterExpression(terms: [FilterTerm(.text, ["tab\there", "new\nline"])]),
    FilterExpression(terms: [FilterTerm(.text, [#"quote " and backslash \"#])]),
    FilterExpression(terms: [FilterTerm(.text, ["-"]), FilterTerm(.text, ["\""])]),
    FilterExpression(terms: [
      FilterTerm(.plan, ["hull"]), FilterTerm(.status, ["red", "amber-red"], negated: true),
    ]),
    FilterExpression(terms: [FilterTerm(.text, ["École"]), FilterTerm(.owner, ["Sánchez, María"])]),
    FilterExpression(terms: [FilterTerm(.due, ["2026-01..2026-03", "..2025-12-31", "2027-01.."])]),
  ]

  @Test("parse(description) gives back the expression", arguments: built)
  func roundTrip(expression: FilterExpression) throws {
    #expect(try FilterParser.parse(expression.description) == expression)
  }

  @Test("the heat map's exact filters are written as the docs show")
  func heatMapFilters() {
    let areaRow = FilterExpression(terms: [
      FilterTerm(.plan, ["hull-send-2024"]), FilterTerm(.area, ["AFI4"]),
      FilterTerm(.status, ["red"]),
    ])
    #expect(areaRow.description == "plan:hull-send-2024 area:AFI4 status:red")
    let ownerRow = FilterExpression(terms: [
      FilterTerm(.owner, ["Head of SEND"], exact: true), FilterTerm(.due, ["overdue"]),
    ])
    #expect(ownerRow.description == "owner:\"Head of SEND\" due:overdue")
  }

  @Test("setting a term replaces the term of the same key and sign")
  func setting() throws {
    let expression = try FilterParser.parse("owner:LAP -owner:ICB status:red word")
    let changed = expression.setting(FilterTerm(.owner, ["Head of SEND"]))
    #expect(changed.description == "-owner:ICB status:red word owner:\"Head of SEND\"")
    #expect(
      changed.setting(FilterTerm(.text, ["other"])).description.hasSuffix(
        "word owner:\"Head of SEND\" other"))
    #expect(changed.removing(.owner).description == "status:red word")
  }
}
