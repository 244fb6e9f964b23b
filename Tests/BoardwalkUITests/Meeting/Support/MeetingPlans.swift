import BoardwalkCore
import Foundation

/// The plans a meeting is held over, loaded from `Fixtures/` the way `boardwalk meet PATH...`
/// loads them, judged on 2026-11-22 (``Fixture/today``).
///
/// `boards` is riverside.json and lakeside.json (see ``Fixture``); their default agenda is
///
///     riverside  APA1  1.1 red · 1.2 amber · 1.3 green, overdue
///                APA2  2.2 amber · 2.1 complete · 2.3 unrated, tbc
///                AFI1  3.1 unrated, overdue
///     lakeside   C1    IN-1 green
///                O1    AP-1 off track (red) · AP-2 on track (green)
///                O2    PS-1 not started (grey) · PS-2 embedded (done)
///                AFI2  CF-1 some concerns (amber), overdue
///
/// `quayside` is quayside.json: one plan whose file order is not agenda order (a child area
/// listed before its parent; red, amber, overdue and the rest mixed up; an empty area).
///
/// `confidence` is harbourside.json: a plan on the delivery-confidence scale (`dca`), which
/// has no done level: H1.1 amber/red, H1.2 amber/green.
enum MeetingPlans: String {
  case boards
  case quayside
  case confidence

  var files: [String] {
    switch self {
    case .boards: Fixture.boards.files
    case .quayside: ["quayside"]
    case .confidence: ["harbourside"]
    }
  }

  /// The plans in one store.
  func store() throws -> PlanStore {
    try Fixture.store(of: files)
  }
}
