import ArgumentParser
import BoardwalkCore
import BoardwalkGenerator
import BoardwalkMeeting
import Foundation

/// One set of generated plan files: how many actions, what they look like, how laid out.
struct Dataset: Hashable, Codable {
  enum Shape: String, Codable {
    /// The generator's standard actions (about 1,200 bytes each), one file per 2,000.
    case standard
    /// Small actions (about 300 bytes each, a third without an owner), one file per 25,000.
    case small
    /// Small actions with ten owners each that no other action has, one file per 25,000.
    case distinctOwners
  }

  var shape: Shape
  var layout: JSONLayout
  var actions: Int

  /// A name for tables: "small · compact".
  var label: String { "\(shape.rawValue) · \(layout.rawValue)" }

  /// Plan files: one per 2,000 standard actions (a regional view), one per 25,000 small ones
  /// (the tracker exports of issue 11: 100,000 actions in 4 files).
  var plans: Int { max(1, shape == .standard ? actions / 2000 : (actions + 24_999) / 25_000) }

  static let ownersPerAction = 10

  var profile: PlanGenerator.Profile {
    switch shape {
    case .standard: .standard
    case .small: .small
    case .distinctOwners: .distinctOwners(perAction: Dataset.ownersPerAction)
    }
  }
}

extension JSONLayout: Codable {}

/// Options shared by the subcommands that generate data.
struct DataOptions: ParsableArguments {
  @Option(help: "Folder to keep generated plans in between runs.") var work =
    NSTemporaryDirectory() + "boardwalk-bench"
  @Option(help: "Generator seed.") var seed: UInt64 = 1
  @Option(help: ArgumentHelp("The day the plans are judged on.", valueName: "YYYY-MM-DD"))
  var today = "2026-06-01"

  var day: CalendarDate { (try? CalendarDate(parsingDay: today)) ?? .today() }

  /// The folder of generated plans for `actions` standard pretty actions.
  func folder(actions: Int) throws -> String {
    try folder(Dataset(shape: .standard, layout: .pretty, actions: actions))
  }

  /// The folder of a dataset's plan files, generating them if needed.
  func folder(_ dataset: Dataset) throws -> String {
    let name =
      dataset.shape == .standard && dataset.layout == .pretty
      ? "\(dataset.actions)-\(dataset.plans)-\(seed)"
      : "\(dataset.shape.rawValue)-\(dataset.layout.rawValue)-\(dataset.actions)-\(dataset.plans)-\(seed)"
    return try made(name) { folder in
      let generator = PlanGenerator(
        actions: dataset.actions, plans: dataset.plans, seed: seed, profile: dataset.profile,
        layout: dataset.layout)
      for file in generator.files() {
        try Data(file.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file.name))
      }
    }
  }

  /// A folder holding one plan whose second action's title is one word of `characters`.
  func longWordFolder(characters: Int) throws -> String {
    try made("longword-\(characters)") { folder in
      try Data(HostilePlans.longWord(characters: characters).utf8).write(
        to: URL(fileURLWithPath: folder + "/long-word.json"))
    }
  }

  /// A folder holding one plan whose areas form a chain `depth` deep.
  func chainFolder(depth: Int) throws -> String {
    try made("chain-\(depth)") { folder in
      try Data(HostilePlans.areaChain(depth: depth).utf8).write(
        to: URL(fileURLWithPath: folder + "/area-chain.json"))
    }
  }

  /// A meeting journal over the plans in `plans` holding `notes` notes, each on another
  /// action (the chair moves to it, then notes it), as a long meeting would leave it.
  func journal(notes: Int, over plans: String) throws -> String {
    let path = work + "/journal-\(notes)-" + (plans as NSString).lastPathComponent + ".jsonl"
    if FileManager.default.fileExists(atPath: path) { return path }
    let load = PlanLoader.load(paths: [plans])
    let store = load.store
    let fingerprints = load.files.compactMap { report -> PlanFingerprint? in
      guard let index = report.planIndex,
        let data = FileManager.default.contents(atPath: report.file)
      else { return nil }
      return PlanFingerprint(
        plan: store.plans[index].id, file: report.file, sha256: SHA256.hex(of: Array(data)))
    }
    var events: [MeetingEvent] = [
      .started(MeetingStart(plans: fingerprints, agenda: "", today: today)),
      .details(MeetingDetailsChange(title: "Improvement board (benchmark)", date: today)),
    ]
    let count = store.actions.count
    for note in 0..<min(notes, count) {
      // Spread over the plan: every action at most once.
      let index = Int((Double(note) + 0.5) * Double(count) / Double(min(notes, count)))
      let action = store.actions[min(count - 1, index)]
      let ref = ActionRef(plan: store.plans[action.plan].id, action: action.id)
      events.append(.moved(ref))
      events.append(
        .note(ref, text: "Discussed progress on \(action.id); the lead will report back next time.")
      )
    }
    var text = ""
    for (number, event) in events.enumerated() {
      text += JournalEntry(sequence: number + 1, time: "\(today)T10:00:00+00:00", event: event).line
      text += "\n"
    }
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path + ".partial"))
    try FileManager.default.moveItem(atPath: path + ".partial", toPath: path)
    return path
  }

  /// `work/name`, made by `fill` unless a complete copy is already there.
  private func made(_ name: String, _ fill: (String) throws -> Void) throws -> String {
    let folder = "\(work)/\(name)"
    if FileManager.default.fileExists(atPath: folder + "/.complete") { return folder }
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try fill(folder)
    guard FileManager.default.createFile(atPath: folder + "/.complete", contents: Data()) else {
      throw ValidationErrorText("\(folder): cannot write there")
    }
    return folder
  }

  /// Megabytes of `.json` files in `folder`.
  static func megabytes(in folder: String) -> Double {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let bytes = files.filter { $0.hasSuffix(".json") }.reduce(0) { total, name in
      total
        + ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int)
          ?? 0)
    }
    return Double(bytes) / 1_000_000
  }
}
