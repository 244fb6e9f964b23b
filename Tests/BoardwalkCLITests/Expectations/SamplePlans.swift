/// The six plans of SampleData, read off the files themselves: id, file name and number of
/// actions.
enum SamplePlans {
  struct Entry: Sendable, CustomStringConvertible {
    let id: String
    let file: String
    let actions: Int

    var description: String { id }
  }

  static let all: [Entry] = [
    Entry(id: "demo-northbrook", file: "demo-northbrook-fictional.json", actions: 36),
    Entry(id: "dfe-suffolk-stocktake-2025", file: "dfe-suffolk-stocktake-2025.json", actions: 13),
    Entry(id: "hull-send-2024", file: "hull-send-strategic-plan-2024.json", actions: 63),
    Entry(id: "oxfordshire-pap-2024", file: "oxfordshire-priority-action-plan.json", actions: 9),
    Entry(id: "suffolk-send-review-2022", file: "suffolk-send-review-2022.json", actions: 35),
    Entry(id: "suffolk-send-strategy-2024", file: "suffolk-send-strategy-2024.json", actions: 75),
  ]

  /// The day the README suggests for the sample data.
  static let today = "2026-11-22"
}
