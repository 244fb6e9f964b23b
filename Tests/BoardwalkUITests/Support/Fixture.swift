import BoardwalkCore
import Foundation

/// The plans the screen tests open, loaded from `Fixtures/` the way `boardwalk PATH...` loads
/// them, judged on 2026-11-22.
///
/// `boards` is riverside.json (built-in `rag` scale) and lakeside.json (custom `progress`
/// scale), thirteen actions:
///
///     plan       id    area  links  owners                                 due         class    overdue
///     riverside  1.1   APA1  AFI1   Head of SEND; Principal Ed. Psych.     2026-09-30  red      yes
///     riverside  1.2   APA1         Head of SEND                           2027-03     amber    -
///     riverside  1.3   APA1         SEND Programme Manager                 2026-11-20  green    yes
///     riverside  2.1   APA2  AFI1   Preparation for Adulthood Lead         2026-06-30  blue     - (done)
///     riverside  2.2   APA2         Preparation for Adulthood Lead; HoS    2026-12-15  amber    -
///     riverside  2.3   APA2         (none)                                 tbc         unrated  -
///     riverside  3.1   AFI1         SEND Programme Manager                 2026-10-31  unrated  yes
///     lakeside   AP-1  O1           Head of Inclusion                      2026-08     red      yes
///     lakeside   AP-2  O1    AFI2   Head of SEND                           ongoing     green    -
///     lakeside   PS-1  O2           Head of Inclusion; Parent Carer Forum  2027-01-15  grey     -
///     lakeside   PS-2  O2           Parent Carer Forum                     2026-05-31  blue     - (done)
///     lakeside   CF-1  AFI2         SEND Programme Manager                 2026-11-01  amber    yes
///     lakeside   IN-1  C1           Head of SEND                           (none)      green    -
///
/// In lakeside, O1 and O2 sit under C1. `babel` is babel.json: CJK, accents (precomposed and
/// combining), emoji, escape sequences, control characters and right-to-left text.
/// `directors` is directors.json: four actions whose owners are three assistant directors,
/// named alike up to their last words, and the Head of SEND.
enum Fixture: String, CaseIterable {
  case boards
  case babel
  case directors

  var files: [String] {
    switch self {
    case .boards: ["riverside", "lakeside"]
    case .babel: ["babel"]
    case .directors: ["directors"]
    }
  }

  /// The day every fixture is judged on.
  static let today = CalendarDate(year: 2026, month: 11, day: 22)!

  /// The fixture's plans in one store.
  func store() throws -> PlanStore {
    try Self.store(of: files)
  }

  /// The plans `names` (files `Fixtures/NAME.json`) in one store, loaded as
  /// `boardwalk PATH...` loads them; a fixture that is missing or has errors throws.
  static func store(of names: [String]) throws -> PlanStore {
    let paths = try names.map { name in
      guard
        let path = Bundle.module.path(forResource: name, ofType: "json", inDirectory: "Fixtures")
      else { throw FixtureError("no fixture \(name).json in the test bundle") }
      return path
    }
    let result = PlanLoader.load(paths: paths)
    if result.hasErrors {
      throw FixtureError(result.diagnostics.filter(\.isError).map(\.description).joined())
    }
    return result.store
  }
}

struct FixtureError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
