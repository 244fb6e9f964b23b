import BoardwalkCore
import BoardwalkSpreadsheets
import BoardwalkTestSupport
import Foundation
import Testing

/// The tracker fixtures (made by make_fixtures.py with openpyxl, LibreOffice and
/// msoffcrypto-tool) and the sample plans they transcribe.
enum Trackers {
  /// The path of a fixture.
  static func fixture(_ name: String) throws -> String {
    guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil) else {
      throw TestProblem("no fixture \(name); run make_fixtures.py")
    }
    return url.path
  }

  /// The path of a SampleData plan.
  static func sample(_ name: String) -> String {
    PackageRoot.url.appendingPathComponent("SampleData/\(name)").path
  }

  /// Imports a fixture as `boardwalk import` does (a mapping beside it applies).
  static func imported(_ name: String, options: ImportOptions = ImportOptions()) throws
    -> TrackerImport
  {
    TrackerFile.importTracker(at: try fixture(name), options: options)
  }

  /// The plan an import made, read back through the plan loader: the values every command
  /// sees. Fails the test with the report when the import or the plan has errors.
  static func plan(of result: TrackerImport) throws -> LoadedPlan {
    guard let document = result.document else {
      throw TestProblem("the import failed:\n" + result.report.text)
    }
    let bytes = Array(document.json.utf8)
    let outcome = bytes.withUnsafeBufferPointer {
      PlanFileReader.decode($0, file: "imported.json")
    }
    guard let (plan, actions) = outcome.plan else {
      throw TestProblem(
        "the plan made does not load:\n"
          + outcome.diagnostics.map(\.description).joined(separator: "\n"))
    }
    return LoadedPlan(plan: plan, actions: actions)
  }

  /// A sample plan, loaded.
  static func samplePlan(_ name: String) throws -> LoadedPlan {
    let result = PlanLoader.load(paths: [sample(name)])
    guard let plan = result.store.plans.first else { throw TestProblem("\(name) did not load") }
    return LoadedPlan(plan: plan, actions: Array(result.store.actions[plan.actionRange]))
  }
}

/// A plan and its actions, as the loader gives them.
struct LoadedPlan {
  let plan: Plan
  let actions: [Action]

  /// Each action as the fields a tracker carries, for comparing and for readable failures.
  var views: [ActionView] { actions.map { ActionView($0, of: plan) } }

  func view(_ id: String) -> ActionView? { views.first { $0.id == id } }
}

/// An action's fields as text: what an import must give back.
struct ActionView: Equatable, CustomStringConvertible {
  var id: String
  var area: String
  var title: String
  var objective: String?
  var owners: [String]
  var start: String?
  var due: String?
  var dueText: String?
  var status: String?
  var statusLabel: String?
  var rag: RAGClass
  var isDone: Bool
  var links: [String]
  var sources: [String]
  var outcomes: String?
  var measures: String?

  init(_ action: Action, of plan: Plan) {
    id = action.id
    area = plan.areas[action.area].id
    title = action.title
    objective = action.objective
    owners = action.owners
    start = action.start?.written
    due = action.due?.written
    dueText = action.dueText
    let level = plan.level(of: action)
    status = level?.key
    statusLabel = level?.label
    rag = plan.rag(of: action)
    isDone = plan.isDone(action)
    links = action.links.map { plan.areas[$0].id }
    sources = action.sources
    outcomes = action.outcomes
    measures = action.measures
  }

  var description: String {
    "\(id) [\(area)] \"\(title.prefix(40))\" owners \(owners) start \(start ?? "-") due \(due ?? "-") (\(dueText ?? "-")) status \(status ?? "unrated") \(rag) links \(links) sources \(sources)"
  }
}
