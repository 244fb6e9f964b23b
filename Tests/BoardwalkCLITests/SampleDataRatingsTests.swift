import Testing

/// SampleData's ratings against the seed documents they transcribe: an action is rated only
/// where its source gives its progress, in the source's own words, and is done exactly when
/// the source says it is finished. (The fictional Northbrook plan has no source.)
@Suite("SampleData rates actions only as their sources word them")
struct SampleDataRatingsTests {
  struct DoneActions: Sendable, CustomStringConvertible {
    let plan: String
    /// The actions the source reports finished, in file order.
    let ids: [String]

    var description: String { plan }
  }

  static let done: [DoneActions] = [
    // Annex A gives a lead and a timescale, never a status.
    DoneActions(plan: "dfe-suffolk-stocktake-2025", ids: []),
    // Status (RAGP) "Completed Embedded Sustained".
    DoneActions(plan: "hull-send-2024", ids: ["3.10", "3.19", "4.4", "4.11"]),
    // Paragraph 17 gives progress in words and no BRAG rating.
    DoneActions(plan: "oxfordshire-pap-2024", ids: []),
    // "Action completed", "Completed", "Complete", or a completed cell with "Still doing: N/A".
    DoneActions(
      plan: "suffolk-send-review-2022",
      ids: ["1.1", "2.1", "2.2", "2.4", "4.1", "5.2", "5.4", "6.4", "7.2", "7.3", "9.1", "9.2"]),
    // "Completed - £3.4 agreed recurring", "Phase 1 Completed", "Terms of Reference signed
    // off", "SEND Strategy has been signed off", "Process has been completed".
    DoneActions(
      plan: "suffolk-send-strategy-2024", ids: ["TQ 2-2", "RR 4-1", "KE-1", "KE-2", "KE-4"]),
  ]

  @Test(
    "an action is done, and so never overdue, exactly when its source says it is finished",
    arguments: done)
  func doneAsTheSourceSays(_ expected: DoneActions) throws {
    let (result, actions) = try JSONQueries.list(
      ["--filter", "plan:\(expected.plan)"], paths: [PackagePaths.sampleData],
      today: SamplePlans.today)
    #expect(result.status == 0, "\(result)")
    #expect(!actions.isEmpty, "no actions listed for \(expected.plan)")
    #expect(actions.filter(\.done).map(\.id) == expected.ids)
    #expect(actions.filter { $0.done && $0.overdue }.isEmpty)
  }

  /// Suffolk's SEND strategy has no status column: each rating is a phrase of its own
  /// Progress or Milestone cell (seed 000_85e5a1e5f4b54404.txt).
  static let suffolkStrategy: [String: String] = [
    "PC 2-2": "in-place",  // Milestone: "In place, on-going"
    "TQ 2-2": "completed",  // Progress: "Completed - £3.4 agreed recurring"
    "TQ 2-3": "in-place",  // Milestone: "In place, on-going"
    "TQ 2-4": "in-place",  // Milestone: "In place, on-going"
    "TQ 2-5": "in-place",  // Milestone: "In place, on-going"
    "TQ 4-6": "delayed",  // Progress: "Delayed to 2025, due to current sufficiency plans, …"
    "RR 4-1": "completed",  // "Phase 1 Completed", Progress: "Completed"
    "RR 4-2": "in-progress",  // "Phase 2 On target In progress"
    "RR 4-3": "in-progress",  // "Phase 3 On target In progress"
    // May-24: "New governance arrangements in place with Terms of Reference signed off"
    "KE-1": "completed",
    "KE-2": "completed",  // "SEND Strategy has been signed off"
    "KE-4": "completed",  // "Process has been completed and school reps have been appointed."
  ]

  @Test("Suffolk's SEND strategy rates only the actions whose progress its source words")
  func suffolkStrategyRatings() throws {
    let (result, actions) = try JSONQueries.list(
      ["--filter", "plan:suffolk-send-strategy-2024"], paths: [PackagePaths.sampleData],
      today: SamplePlans.today)
    #expect(result.status == 0, "\(result)")
    #expect(actions.count == 75)
    var rated: [String: String] = [:]
    for action in actions {
      if let status = action.status { rated[action.id] = status }
    }
    #expect(rated == Self.suffolkStrategy)
  }
}
