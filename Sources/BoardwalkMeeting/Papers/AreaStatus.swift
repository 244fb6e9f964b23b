import BoardwalkCore
import BoardwalkDocuments

/// Each plan's areas as minutes and board packs show them: the count of each RAG class,
/// overdue, total and own actions, and the direction of travel; a table per plan (a
/// subsection each when there are several), and a bar chart before it where asked.
struct AreaStatus {
  let store: PlanStore
  let today: CalendarDate
  let movement: Movement

  /// Adds the tables (and charts, when `charts`) to `section`.
  func add(to section: inout Section, charts: Bool = false) {
    let rows = Summary.rows(by: .area, store: store, today: today)
    // Each action's direction of travel, worked out the first time an area counts it: an
    // action counts under its own area, every area above it, and those its links serve.
    var trends = [Trend?](repeating: nil, count: store.actions.count)
    var rowIndex = 0
    for (planIndex, plan) in store.plans.enumerated() {
      var tableRows: [[Cell]] = []
      var bars: [RAGBarChart.Bar] = []
      for (areaIndex, area) in plan.areas.enumerated() {
        let row = rows[rowIndex + areaIndex]
        var better = 0
        var worse = 0
        var same = 0
        for index in store.actionsServing(plan: planIndex, area: areaIndex) {
          let trend = trends[index] ?? movement.trend(ofAction: index)
          trends[index] = trend
          switch trend {
          case .better: better += 1
          case .worse: worse += 1
          case .same: same += 1
          case .unknown: break
          }
        }
        let counts = RAGClass.allCases.map { Cell.plain(String(row.counts[$0])) }
        tableRows.append(
          [.plain("\(area.id) \(area.title)")] + counts + [
            .plain(String(row.counts.overdue)), .plain(String(row.counts.total)),
            .plain(String(row.own ?? 0)),
          ]
            + [.plain("↑\(better) ↓\(worse) →\(same)")])
        bars.append(
          RAGBarChart.Bar(
            label: "\(area.id) \(area.title)",
            counts: Dictionary(uniqueKeysWithValues: RAGClass.allCases.map { ($0, row.counts[$0]) })
          ))
      }
      let totals = Summary.totals(
        store: store,
        actions: ActionSet(capacity: store.actions.count, indexes: plan.actionRange),
        today: today)
      tableRows.append(
        [.plain("All actions of the plan")] + RAGClass.allCases.map { .plain(String(totals[$0])) }
          + [
            .plain(String(totals.overdue)), .plain(String(totals.total)),
            .plain(String(totals.total)), .plain(""),
          ])
      rowIndex += plan.areas.count
      var blocks: [Block] = []
      if charts, !bars.isEmpty {
        blocks.append(
          .figure(
            Figure(
              caption: "Actions of \(plan.title) by area and RAG status",
              chart: .ragBars(RAGBarChart(labelHeading: "Area", bars: bars)))))
      }
      blocks.append(
        .table(
          Table(
            label: "Status of \(plan.title) by area",
            header: ["Area"] + RAGClass.allCases.map(\.title) + [
              "Overdue", "Total", "Own", "Movement",
            ],
            rows: tableRows, firstColumnNamesRows: true)))
      if store.plans.count > 1 {
        section.subsections.append(Section(plan.title, blocks: blocks))
      } else {
        section.blocks += blocks
      }
    }
  }
}
