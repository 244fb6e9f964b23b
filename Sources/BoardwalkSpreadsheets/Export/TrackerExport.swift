import BoardwalkCore
import Foundation

/// A board's tracker as an Excel workbook: one row per action under a heading row that
/// stays put and has filters, real date cells, the RAG cell shaded in the theme's colours
/// and carrying its letter; with the plans' areas and rating scales on sheets of their own,
/// so that importing the workbook gives back the same actions.
public enum TrackerExport {
  /// The colours of a RAG cell: its fill, its text, and whether the text is bold.
  public struct Shade: Sendable, Hashable {
    public var fill: RGBColor
    public var text: RGBColor
    public var isBold: Bool

    public init(fill: RGBColor, text: RGBColor, isBold: Bool) {
      self.fill = fill
      self.text = text
      self.isBold = isBold
    }
  }

  /// The columns of the actions sheet.
  public static let headings = [
    "Plan", "ID", "Area", "Title", "Owners", "Start", "Due", "Due (as written)", "Status", "RAG",
    "Overdue", "Links", "Latest update", "Confidential",
  ]

  /// The workbook of the actions at `indexes` of `store`, judged on `today`; `shades` gives
  /// each RAG class's colours (a theme's), and classes without one are left plain. A
  /// confidential action says so in its own column; with `withholdsConfidentialText` its
  /// title, owners, words and updates are withheld (it is still listed and counted).
  public static func workbook(
    indexes: [Int], store: PlanStore, today: CalendarDate, shades: [RAGClass: Shade],
    withholdsConfidentialText: Bool = false, created: Date = Date()
  ) -> XLSXWriter {
    let heading = XLSXWriter.Style(
      isBold: true, fill: RGBColor(red: 0xD9, green: 0xE1, blue: 0xF2), wraps: true)
    let plain = XLSXWriter.Style(wraps: true)
    let day = XLSXWriter.Style(numberFormat: "d mmm yyyy")
    let month = XLSXWriter.Style(numberFormat: "mmm yyyy")
    func dateCell(_ date: PlanDate?) -> XLSXWriter.Cell {
      guard let date else { return XLSXWriter.Cell(nil) }
      return XLSXWriter.Cell(.date(date.date), style: date.precision == .month ? month : day)
    }
    func text(_ value: String?, _ style: XLSXWriter.Style = plain) -> XLSXWriter.Cell {
      guard let value, !value.isEmpty else { return XLSXWriter.Cell(nil) }
      return XLSXWriter.Cell(.text(value), style: style)
    }
    var rows: [[XLSXWriter.Cell]] = [headings.map { XLSXWriter.Cell(.text($0), style: heading) }]
    var plansListed: [Int] = []
    for index in indexes {
      let action = store.actions[index]
      let plan = store.plans[action.plan]
      if !plansListed.contains(action.plan) { plansListed.append(action.plan) }
      let level = plan.level(of: action)
      let rag = store.rag(ofAction: index)
      var ragStyle = XLSXWriter.Style(isCentred: true)
      if let shade = shades[rag] {
        ragStyle = XLSXWriter.Style(
          isBold: shade.isBold, fill: shade.fill, fontColor: shade.text, isCentred: true)
      }
      var due: XLSXWriter.Cell
      switch action.due {
      case .date(let date)?: due = dateCell(date)
      case .ongoing?: due = text("Ongoing")
      case .tbc?: due = text("TBC")
      case nil: due = XLSXWriter.Cell(nil)
      }
      let withheld = withholdsConfidentialText && action.isConfidential
      let latest = action.updates.last.map { update in
        "\(update.date.written): " + (update.text ?? "")
      }
      rows.append([
        text(plan.id), text(action.id), text(plan.areas[action.area].id),
        text(withheld ? Confidentiality.withheldTitle : action.title),
        text(withheld ? nil : action.owners.joined(separator: "\n")), dateCell(action.start), due,
        text(withheld ? nil : action.dueText), text(level?.label),
        text(String(rag.letter), ragStyle),
        text(store.isOverdue(action: index, today: today) ? "Yes" : nil),
        text(action.links.map { plan.areas[$0].id }.joined(separator: "; ")),
        text(withheld ? nil : latest), text(action.isConfidential ? "Yes" : nil),
      ])
    }
    let actions = XLSXWriter.Sheet(
      name: "Actions", rows: rows,
      columnWidths: [16, 10, 10, 60, 30, 12, 12, 22, 22, 6, 9, 14, 60, 12])

    var areaRows: [[XLSXWriter.Cell]] = [
      ["Plan", "Area", "Kind", "Title", "Parent"].map { XLSXWriter.Cell(.text($0), style: heading) }
    ]
    var keyRows: [[XLSXWriter.Cell]] = [
      ["Plan", "Scale", "Key", "Label", "RAG", "Done", "Definition"].map {
        XLSXWriter.Cell(.text($0), style: heading)
      }
    ]
    for planIndex in plansListed {
      let plan = store.plans[planIndex]
      for area in plan.areas {
        areaRows.append([
          text(plan.id), text(area.id), text(area.kind?.description), text(area.title),
          text(area.parent.map { plan.areas[$0].id }),
        ])
      }
      for level in plan.scale.levels {
        var ragStyle = XLSXWriter.Style()
        if let shade = shades[level.rag] {
          ragStyle = XLSXWriter.Style(isBold: shade.isBold, fill: shade.fill, fontColor: shade.text)
        }
        keyRows.append([
          text(plan.id), text(plan.scale.name), text(level.key), text(level.label),
          text(level.rag.rawValue, ragStyle), text(level.isDone ? "yes" : "no"),
          text(level.definition),
        ])
      }
    }
    let title =
      plansListed.count == 1 ? store.plans[plansListed[0]].title : "Improvement board tracker"
    return XLSXWriter(
      sheets: [
        actions,
        XLSXWriter.Sheet(name: "Areas", rows: areaRows, columnWidths: [16, 10, 14, 80, 10]),
        XLSXWriter.Sheet(name: "Key", rows: keyRows, columnWidths: [16, 12, 16, 30, 8, 6, 60]),
      ], title: title, created: created)
  }
}
