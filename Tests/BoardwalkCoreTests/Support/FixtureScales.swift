@testable import BoardwalkCore

/// A custom scale for tests, modelled on Hull's "ragp" but not Hull's: its labels are
/// invented and it adds an off-track (red) level that Hull's plan never uses. Hull's own
/// scale is in SampleData and the first example of docs/plan-format.md.
enum FixtureScales {
  static let ragp = RatingScale(
    name: "ragp",
    levels: [
      RatingLevel(key: "not-due", label: "Not due yet", rag: .grey),
      RatingLevel(key: "on-track", label: "On track, no concerns", rag: .green),
      RatingLevel(key: "some-concerns", label: "On track, some concerns", rag: .amber),
      RatingLevel(key: "off-track", label: "Off track", rag: .red),
      RatingLevel(
        key: "embedded", label: "Completed, embedded and sustained", rag: .blue, isDone: true),
    ])

  /// The index of the level with `key` in `scale`; traps on a typo in a fixture.
  static func level(_ key: String, of scale: RatingScale) -> Int {
    guard let index = scale.levels.firstIndex(where: { $0.key == key }) else {
      fatalError("fixture scale \(scale.name) has no level \(key)")
    }
    return index
  }
}
