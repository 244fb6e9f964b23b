import BoardwalkCore
import Foundation

/// What importing a tracker made: the plan document (when the tracker could be read), the
/// report of what was understood, and the choices made, as a mapping file would record
/// them.
public struct TrackerImport: Sendable {
  public var document: PlanDocument?
  public var report: ImportReport
  public var mapping: ImportMapping
}

/// Reads a tracker's sheets into a plan document: one importer for workbooks and CSV
/// files, for opening a tracker directly and for `boardwalk import`.
public enum TrackerImporter {
  /// Imports `workbook`, read from `file` (named in the report).
  public static func run(_ workbook: Workbook, file: String, options: ImportOptions)
    -> TrackerImport
  {
    var run = ImportRun(workbook: workbook, file: file, options: options)
    run.importSheets()
    return run.finish()
  }
}

/// One import, as it goes.
private struct ImportRun {
  let workbook: Workbook
  let file: String
  let options: ImportOptions
  let isCSV: Bool
  var mapping: ImportMapping
  var report: ImportReport
  var areas = AreaRegistry()
  var rows: [RowRead] = []
  var scaleDefinition: (name: String, levels: [PlanDocument.Level])?
  var planValues: [(String, String)] = []
  var statusHeadings: [String] = []
  var usedSheets: [String] = []
  var columnsNoted: [(String, [String])] = []
  /// Formulas with no saved value, by sheet and column.
  var unsavedFormulas: [String: [CellReference]] = [:]
  var fileDate: CalendarDate?
  var updatesUndated: [String] = []

  /// One action row as read, before statuses and ids are settled.
  struct RowRead {
    var action: PlanDocument.Action
    var hasOwnID: Bool
    var status: StatusSeen?
  }

  struct StatusSeen {
    var words: String?
    var key: String?
    var rag: String?
    var fill: RGBColor?
    var place: String
  }

  /// Each sheet's name as cell references write it.
  let sheetPrefixes: [String: String]

  init(workbook: Workbook, file: String, options: ImportOptions) {
    self.workbook = workbook
    sheetPrefixes = Dictionary(
      workbook.sheets.map { ($0.name, ImportReport.sheetPrefix($0.name)) },
      uniquingKeysWith: { first, _ in first })
    self.file = file
    self.options = options
    isCSV = file.lowercased().hasSuffix(".csv") || file.lowercased().hasSuffix(".tsv")
    var mapping = options.mapping
    mapping.statuses += options.statuses
    if !options.sheets.isEmpty { mapping.sheets = options.sheets }
    if let id = options.planID { mapping.planID = id }
    if let title = options.title { mapping.title = title }
    self.mapping = mapping
    report = ImportReport(file: file)
    fileDate = options.fileDate
  }

  func place(_ sheet: Worksheet, _ row: Int, _ column: Int) -> String {
    let cell = CellReference(row: row, column: column).description
    guard !isCSV else { return cell }
    return (sheetPrefixes[sheet.name] ?? ImportReport.sheetPrefix(sheet.name)) + "!" + cell
  }

  func place(_ sheet: Worksheet, row: Int) -> String {
    isCSV
      ? "\(row + 1):\(row + 1)" : ImportReport.sheetPrefix(sheet.name) + "!\(row + 1):\(row + 1)"
  }

  func sheetPlace(_ sheet: Worksheet) -> String? {
    isCSV ? nil : ImportReport.sheetPrefix(sheet.name)
  }

  // MARK: Sheets

  mutating func importSheets() {
    let kind =
      isCSV
      ? "CSV file"
      : "workbook, \(workbook.sheets.count) sheet\(workbook.sheets.count == 1 ? "" : "s")"
    report.note("import of \(file) (\(kind))")
    if let mappingFile = options.mappingFile {
      report.note("mapping: \(mappingFile)")
    }
    var sheets = workbook.sheets
    if !mapping.sheets.isEmpty {
      var chosen: [Worksheet] = []
      for name in mapping.sheets {
        if let sheet = sheets.first(where: { $0.name == name })
          ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() })
        {
          chosen.append(sheet)
        } else {
          report.error(
            nil,
            "there is no sheet \"\(name)\"; the sheets are "
              + sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))
        }
      }
      for sheet in sheets where !chosen.contains(where: { $0.name == sheet.name }) {
        report.note("sheet \"\(sheet.name)\": skipped: not among the sheets asked for")
      }
      sheets = chosen
    }
    // Area and scale tables first: action rows refer to them.
    var layouts: [(Worksheet, SheetGrid, TableLayout)] = []
    for sheet in sheets {
      let name = "sheet \"\(sheet.name)\""
      switch sheet.kind {
      case .chart:
        report.note("\(name): skipped: a chart, not a table")
        continue
      case .other(let kind):
        report.note("\(name): skipped: a \(kind) sheet, not a table")
        continue
      case .cells: break
      }
      if sheet.rows.isEmpty {
        report.note("\(name): skipped: empty")
        continue
      }
      let grid = SheetGrid(sheet)
      guard let layout = TableLayout.find(in: grid, mapping: mapping) else {
        var reason =
          "skipped: not an action table (none of its first \(TableLayout.rowsSearched) rows has headings such as Action, Owner, Due, Status"
        reason += isLegend(sheet) ? "; it reads as a cover, key or notes sheet)" : ")"
        report.note("\(name): \(reason)")
        if !mapping.sheets.isEmpty {
          report.error(
            sheetPlace(sheet),
            "this sheet was asked for, but no row of its first \(TableLayout.rowsSearched) has the headings of an action table (Action, Owner, Due, Status ...); name its columns in a mapping file"
          )
        }
        continue
      }
      layouts.append((sheet, grid, layout))
    }
    for (sheet, grid, layout) in layouts where layout.kind == .scale {
      readScale(sheet, grid, layout)
    }
    for (sheet, grid, layout) in layouts where layout.kind == .areas {
      readAreas(sheet, grid, layout)
    }
    let actionTables = layouts.filter { $0.2.kind == .actions }
    if actionTables.isEmpty, !report.hasErrors {
      report.error(
        nil,
        "no sheet holds an action table: Boardwalk looks in each sheet's first \(TableLayout.rowsSearched) rows for a row of headings naming the action and its owner, due date or status; name the sheet with --sheet and its columns in a mapping file (docs/spreadsheets.md)"
      )
    }
    settleDateOrder(actionTables)
    let single = actionTables.count == 1
    for (sheet, grid, layout) in actionTables {
      readActions(sheet, grid, layout, onlyTable: single)
    }
  }

  /// Day first, unless the mapping says otherwise or some date can only be month first
  /// (`1/29/2026`) and none only day first (`29/1/2026`).
  mutating func settleDateOrder(_ tables: [(Worksheet, SheetGrid, TableLayout)]) {
    if let given = mapping.dateOrder {
      dateOrder = given
      return
    }
    var dayFirst = 0
    var monthFirst = 0
    var example: String?
    for (sheet, grid, layout) in tables {
      let columns = (layout.columns(.due) + layout.columns(.start)).map(\.index)
      for row in sheet.rowNumbers where row > layout.headerRow {
        for column in columns {
          guard case .text(let text)? = grid.cell(row, column)?.value else { continue }
          let parts = text.split { $0 == "/" || $0 == "." || $0 == "-" }.compactMap { Int($0) }
          guard parts.count == 3 else { continue }
          if parts[0] > 12, parts[1] <= 12 { dayFirst += 1 }
          if parts[1] > 12, parts[0] <= 12 {
            monthFirst += 1
            example = example ?? text
          }
        }
      }
    }
    if monthFirst > 0, dayFirst == 0 {
      dateOrder = .mdy
      report.note(
        "dates are read month first, as \"\(example ?? "")\" can only be (set \"dates\": { \"order\": \"dmy\" } in a mapping file to read them day first)"
      )
    }
  }

  /// A sheet of colour words and their meanings, with no table.
  func isLegend(_ sheet: Worksheet) -> Bool {
    let normal = HeaderVocabulary.normalise(sheet.name)
    if ["key", "legend", "guidance", "cover", "instructions", "readme", "notes", "contents"]
      .contains(where: { normal.contains($0) })
    {
      return true
    }
    var colourWords = 0
    for row in sheet.rows.values {
      for cell in row.values {
        if let text = cell.text, ["red", "amber", "green", "blue"].contains(text.lowercased()) {
          colourWords += 1
        }
      }
    }
    return colourWords >= 3
  }

  mutating func readScale(_ sheet: Worksheet, _ grid: SheetGrid, _ layout: TableLayout) {
    func column(_ name: String) -> Int? {
      layout.columns.first { HeaderVocabulary.normalise($0.heading) == name }?.index
    }
    guard let keyColumn = column("key"), let labelColumn = column("label"),
      let ragColumn = column("rag")
    else { return }
    let scaleColumn = column("scale")
    let doneColumn = column("done")
    let definitionColumn = column("definition")
    var name: String?
    var levels: [PlanDocument.Level] = []
    for row in sheet.rowNumbers where row > layout.headerRow {
      guard let key = grid.text(row, keyColumn), let label = grid.text(row, labelColumn) else {
        continue
      }
      guard let rag = grid.text(row, ragColumn).flatMap({ RAGClass(rawValue: $0.lowercased()) }),
        rag != .unrated
      else {
        report.error(
          place(sheet, row, ragColumn),
          "the level \"\(key)\" needs a RAG class: red, amber, green, blue or grey")
        continue
      }
      name = name ?? scaleColumn.flatMap { grid.text(row, $0) }
      let done = doneColumn.flatMap { grid.text(row, $0) }.map {
        ["yes", "true", "y", "1", "done"].contains($0.lowercased())
      }
      levels.append(
        PlanDocument.Level(
          key: key, label: label, rag: rag, isDone: done ?? false,
          definition: definitionColumn.flatMap { grid.text(row, $0) }))
    }
    guard !levels.isEmpty else { return }
    scaleDefinition = (name ?? "tracker", levels)
    usedSheets.append(sheet.name)
    report.note(
      "sheet \"\(sheet.name)\": the rating scale \"\(name ?? "tracker")\": "
        + levels.map { "\($0.label) (\($0.rag.rawValue)\($0.isDone ? ", done" : ""))" }.joined(
          separator: ", "))
  }

  mutating func readAreas(_ sheet: Worksheet, _ grid: SheetGrid, _ layout: TableLayout) {
    guard let idColumn = layout.column(.area)?.index,
      let titleColumn = layout.column(.title)?.index
    else { return }
    func column(_ name: String) -> Int? {
      layout.columns.first { HeaderVocabulary.normalise($0.heading) == name }?.index
    }
    var count = 0
    for row in sheet.rowNumbers where row > layout.headerRow {
      guard let id = grid.text(row, idColumn).map(Tidy.line) else { continue }
      let title = grid.text(row, titleColumn).map(Tidy.line) ?? id
      if let plan = layout.column(.plan).flatMap({ grid.text(row, $0.index) }) {
        planValues.append((plan, place(sheet, row, layout.column(.plan)?.index ?? 0)))
      }
      areas.define(
        PlanDocument.Area(
          id: id, kind: column("kind").flatMap { grid.text(row, $0) } ?? AreaRegistry.kind(of: id),
          title: title, parent: column("parent").flatMap { grid.text(row, $0) },
          lead: column("lead").flatMap { grid.text(row, $0) },
          description: column("description").flatMap { grid.text(row, $0) }))
      count += 1
    }
    usedSheets.append(sheet.name)
    report.note("sheet \"\(sheet.name)\": \(count) area\(count == 1 ? "" : "s") (ids and titles)")
  }

  // MARK: Action rows

  mutating func readActions(
    _ sheet: Worksheet, _ grid: SheetGrid, _ layout: TableLayout, onlyTable: Bool
  ) {
    usedSheets.append(sheet.name)
    var layout = layout
    // Data in columns without a heading is kept too.
    let headed = Set(layout.columns.map(\.index))
    var extraColumns: Set<Int> = []
    for row in sheet.rowNumbers where row > layout.headerRow {
      for column in sheet.rows[row]?.keys ?? [:].keys where !headed.contains(column) {
        if grid.ownText(row, column) != nil { extraColumns.insert(column) }
      }
    }
    for column in extraColumns.sorted() {
      let name = TableLayout.extensionName(
        "", column: column, taken: Set(layout.columns.map(\.target.description)))
      layout.columns.append(
        .init(index: column, heading: "", target: .extensionField(name), isMapped: false))
    }
    layout.columns.sort { $0.index < $1.index }
    noteColumns(sheet, layout)

    let generic = isGeneric(sheet.name)
    let titleColumn = layout.column(.title)?.index
    let idColumn = layout.column(.id)?.index
    var areaColumn = layout.column(.area)
    var objectiveAsArea = false
    if areaColumn == nil, generic, onlyTable, let objective = layout.column(.objective) {
      areaColumn = objective
      objectiveAsArea = true
    }
    let areaKindHint = areaColumn.flatMap { AreaRegistry.kind(of: $0.heading) }
    // The title above the first table names the plan, unless it names the sheet's area
    // (one sheet per priority).
    if titleRow == nil, let title = layout.title,
      areaColumn != nil || generic || layout.sectionAbove != nil || onlyTable
    {
      titleRow = Tidy.line(title)
    }
    // The sheet's own area, for rows that name none.
    var sheetArea: String?
    func defaultArea(_ areas: inout AreaRegistry) -> String {
      if let sheetArea { return sheetArea }
      let id: String
      if generic {
        id = areas.area(
          named: mapping.area(named: sheet.name)?.id ?? "actions",
          title: layout.title ?? "Actions", mapping: mapping)
      } else {
        id = areas.area(named: sheet.name, title: layout.title, mapping: mapping)
      }
      sheetArea = id
      return id
    }
    var sectionArea: String?
    if let above = layout.sectionAbove {
      sectionArea = areas.area(named: above.text, kindHint: areaKindHint, mapping: mapping)
      report.note(
        "\(place(sheet, above.row, above.column)): section \"\(Self.short(Tidy.line(above.text)))\" gives the area \(sectionArea ?? "") to the rows below"
      )
    } else if areaColumn == nil, !generic {
      _ = defaultArea(&areas)
    }
    var carriedArea: (id: String, from: Int)?
    var carried = 0
    var hiddenUsed: [Int] = []
    var firstRow: Int?
    var lastRow = layout.headerRow
    var count = 0
    let headingNormals = Dictionary(
      layout.columns.map { ($0.index, HeaderVocabulary.normalise($0.heading)) },
      uniquingKeysWith: { first, _ in first })

    let tableColumns = layout.columns.map(\.index)
    for row in sheet.rowNumbers where row > layout.headerRow {
      let cells = GridRow(grid, row: row, columns: tableColumns)
      let own = layout.columns.compactMap { column in
        cells.ownText(column.index).map { (column, $0) }
      }
      if own.isEmpty { continue }
      // A heading row repeated (a table per priority on one sheet).
      let repeats = own.filter { column, text in
        guard let heading = headingNormals[column.index],
          text.utf8.count <= heading.utf8.count * 2 + 8
        else { return false }
        return heading == HeaderVocabulary.normalise(text)
      }
      if repeats.count >= 2 { continue }
      // A key or notes below the table ("Key", then "Red | Off track"): the table ends.
      if own.count == 1, let (column, text) = own.first, SectionHeading.endsTable(text) {
        let after = sheet.rowNumbers.filter { $0 >= row }
        report.note(
          "\(place(sheet, row, column.index)): \"\(Self.short(Tidy.line(text)))\" ends the table; rows \(row + 1)-\((after.last ?? row) + 1) below it are not read as actions"
        )
        break
      }
      // A section row: one heading alone, naming the area of the rows below.
      let shown = Set(layout.columns.compactMap { cells.text($0.index) })
      if own.count == 1, shown.count == 1, let (column, text) = own.first,
        isSection(text, column: column, row: row, grid: grid, titleColumn: titleColumn)
      {
        sectionArea = areas.area(named: text, kindHint: areaKindHint, mapping: mapping)
        carriedArea = nil
        report.note(
          "\(place(sheet, row, column.index)): section \"\(Self.short(Tidy.line(text)))\" gives the area \(sectionArea ?? "") to the rows below"
        )
        continue
      }
      guard let titleColumn, let title = cells.text(titleColumn) else {
        // One cell alone, and not the action: a total, a note, a stray value.
        if own.count == 1, let (column, text) = own.first, column.index != titleColumn {
          report.warning(
            place(sheet, row, column.index),
            "this row holds only \"\(Self.short(Tidy.line(text)))\" and no action, so it is skipped (write the action in \(titleColumn.map { "column \(CellReference.columnName($0))" } ?? "the action column") if it is one)"
          )
          continue
        }
        let filled = own.map { place(sheet, row, $0.0.index) }.joined(separator: ", ")
        report.error(
          place(sheet, row, titleColumn ?? own[0].0.index),
          "this row has no action (\(filled) \(own.count == 1 ? "holds" : "hold") something, but its \(titleColumn.map { "column \(CellReference.columnName($0))" } ?? "action column") is empty); write the action there, or delete the row's other cells"
        )
        continue
      }
      if sheet.hiddenRows.contains(row) { hiddenUsed.append(row) }
      firstRow = firstRow ?? row
      lastRow = row
      count += 1
      var action = PlanDocument.Action(id: "", area: "", title: Tidy.text(title))
      action.place = place(sheet, row, titleColumn)
      var seen = StatusSeen(place: "")
      var hasOwnID = false
      var areaName: String?
      for column in layout.columns where column.index != titleColumn {
        let cellPlace = place(sheet, row, column.index)
        guard let cell = cells.cell(column.index) else { continue }
        if cell.hasFormula, cell.value == nil {
          unsavedFormulas[sheet.name, default: []].append(
            CellReference(row: row, column: column.index))
          continue
        }
        if case .error(let code) = cell.value {
          report.warning(
            cellPlace, "holds the error \(code); the cell is read as empty (fix its formula)")
          continue
        }
        let text = cells.text(column.index)
        switch column.target {
        case .extensionField(let name):
          if let text { action.extensions.append((name, text)) }
        case .field(let field):
          switch field {
          case .title, .ignore: break
          case .plan: if let text { planValues.append((text, cellPlace)) }
          case .id:
            if let text {
              action.id = Tidy.line(text)
              action.place = cellPlace
              hasOwnID = true
            }
          case .area:
            if column.index == areaColumn?.index, let text { areaName = text }
          case .objective:
            if objectiveAsArea {
              if let text { areaName = text }
            } else if let text {
              action.objective = Tidy.line(text)
            }
          case .owners:
            if let text {
              // A workbook Boardwalk wrote (it has the scale's key) is read as written:
              // one owner a line, each exactly as the plan has it.
              let names =
                scaleDefinition != nil
                ? text.split(separator: "\n").map(String.init)
                : Tidy.owners(text, separators: mapping.ownerSeparators)
              action.owners += names.filter { !action.owners.contains($0) }
            }
          case .start:
            let (date, problem) = TrackerDates.start(
              cell, uses1904: workbook.uses1904Dates, order: dateOrder)
            action.start = date
            if let problem {
              report.warning(cellPlace, "start \(problem); left out (kept as x-start)")
              action.extensions.append(("x-start", text ?? ""))
            }
          case .due:
            readDue(
              cell, text: text, place: cellPlace, keepWords: layout.column(.dueText) == nil,
              into: &action)
          case .dueText:
            if let text { action.dueText = Tidy.line(text) }
          case .status:
            seen.words = text
            seen.fill = cell.fill
            seen.place = cellPlace
          case .statusKey: seen.key = text
          case .rag:
            seen.rag = text
            if seen.fill == nil { seen.fill = cell.fill }
          case .outcomes: action.outcomes = text
          case .measures: action.measures = text
          case .evidence: action.evidence = text
          case .milestones:
            if let text {
              action.milestones += text.split(separator: "\n").map { Tidy.name(String($0)) }.filter
              {
                !$0.isEmpty
              }
            }
          case .update:
            if let text {
              readUpdate(text, heading: column.heading, place: cellPlace, into: &action)
            }
          case .sources, .links:
            if let text {
              for token in codes(text) {
                let areaCode =
                  AreaRegistry.kind(of: token) != nil && token.contains(where: \.isNumber)
                if areas.hasArea(token) && (field == .links || areaCode) || areaCode {
                  if !areas.hasArea(token) { linkedOnly.insert(token) }
                  let id = areas.area(named: token, mapping: mapping)
                  if !action.links.contains(id) { action.links.append(id) }
                } else if field == .links {
                  report.warning(
                    cellPlace, "\"\(token)\" names no area of the plan, so it is kept as a source")
                  action.sources.append(token)
                } else if !action.sources.contains(token) {
                  action.sources.append(token)
                }
              }
            }
          case .confidential:
            if let text {
              action.isConfidential = ["yes", "y", "true", "1", "confidential", "x"].contains(
                text.lowercased())
            }
          }
        }
      }
      // An empty cell in a column that replaced another (a revised deadline, this month's
      // rating): the one it replaced, nearest first.
      if action.due == nil, let earlier = layout.earlier[.due] {
        for index in earlier {
          guard let cell = cells.cell(index), !cell.isBlank else { continue }
          readDue(
            cell, text: cells.text(index), place: place(sheet, row, index),
            keepWords: layout.column(.dueText) == nil, into: &action)
          break
        }
      }
      if seen.words == nil, seen.fill == nil, let earlier = layout.earlier[.status] {
        for index in earlier {
          guard let cell = cells.cell(index), !cell.isBlank || cell.fill != nil else {
            continue
          }
          seen.words = cells.text(index)
          seen.fill = cell.fill
          seen.place = place(sheet, row, index)
          break
        }
      }
      if seen.place.isEmpty, let column = layout.column(.status) {
        seen.place = place(sheet, row, column.index)
      }
      // The area: the row's own, the section's, the one carried down, the sheet's.
      if let areaName {
        let id = areas.area(named: areaName, kindHint: areaKindHint, mapping: mapping)
        action.area = id
        carriedArea = (id, row)
      } else if areaColumn != nil, let carry = carriedArea, sectionArea == nil || carry.from > 0 {
        action.area = carry.id
        carried += 1
      } else if let sectionArea {
        action.area = sectionArea
      } else {
        action.area = defaultArea(&areas)
        if areaColumn != nil {
          report.warning(
            place(sheet, row, areaColumn?.index ?? 0),
            "no area for this action; it is put under \(action.area) (write its area in this cell; the rows below without one take it)"
          )
        }
      }
      if let id = idColumn, !hasOwnID, cells.cell(id) == nil { hasOwnID = false }
      rows.append(RowRead(action: action, hasOwnID: hasOwnID, status: seen))
    }
    var line = "sheet \"\(sheet.name)\": \(count) action\(count == 1 ? "" : "s")"
    if let firstRow { line += " from rows \(firstRow + 1)-\(lastRow + 1)" }
    line += " (headings on row \(layout.headerRow + 1)"
    if let title = layout.title { line += "; title \"\(Self.short(Tidy.line(title)))\"" }
    line += ")"
    if let sheetArea, let area = areas.areas.first(where: { $0.id == sheetArea }) {
      line += "; area \(area.id) \"\(Self.short(area.title))\""
    }
    if sheet.visibility != .visible {
      line +=
        "; the sheet is \(sheet.visibility == .hidden ? "hidden" : "very hidden") (its actions are included)"
    }
    report.note(line)
    if carried > 0, let column = areaColumn {
      report.note(
        "sheet \"\(sheet.name)\": \(carried) row\(carried == 1 ? "" : "s") with an empty \(CellReference.columnName(column.index)) cell take the area of the row above"
      )
    }
    if let formulas = unsavedFormulas[sheet.name], let first = formulas.first,
      let last = formulas.last
    {
      let range = first == last ? first.description : "\(first)-\(last)"
      report.warning(
        place(sheet, first.row, first.column),
        "\(formulas.count == 1 ? "a formula" : "\(formulas.count) formulas") (\(range)) with no saved value: the workbook was saved without calculating \(formulas.count == 1 ? "it" : "them"), so \(formulas.count == 1 ? "the cell is" : "the cells are") read as empty; open the workbook in Excel or LibreOffice and save it again"
      )
    }
    if !hiddenUsed.isEmpty {
      report.warning(
        sheetPlace(sheet),
        hiddenUsed.count == 1
          ? "hidden row \(Self.rowList(hiddenUsed)) is included (unhide it to check it, or delete it if it is not an action)"
          : "hidden rows \(Self.rowList(hiddenUsed)) are included (unhide them to check them, or delete those that are not actions)"
      )
    }
    if sheet.visibility != .visible, count > 0 {
      report.warning(
        sheetPlace(sheet),
        "the sheet is hidden; its \(count) action\(count == 1 ? " is" : "s are") included (delete the sheet, or name the sheets to read with --sheet, if they are not actions)"
      )
    }
    let named = sheet.rowsNamed
    if named > 10_000, named > lastRow + 1 + 1000 {
      report.note(
        "sheet \"\(sheet.name)\": rows \(lastRow + 2)-\(named) hold nothing (ignored)")
    }
  }

  /// A list of row numbers for people: `4, 7, 9-12`.
  static func rowList(_ rows: [Int]) -> String {
    var parts: [String] = []
    var index = 0
    let numbers = rows.map { $0 + 1 }
    while index < numbers.count {
      var end = index
      while end + 1 < numbers.count, numbers[end + 1] == numbers[end] + 1 { end += 1 }
      parts.append(end == index ? "\(numbers[index])" : "\(numbers[index])-\(numbers[end])")
      index = end + 1
    }
    return parts.joined(separator: ", ")
  }

  func isGeneric(_ name: String) -> Bool {
    if isCSV { return true }
    let normal = HeaderVocabulary.normalise(name)
    let generic = [
      "sheet", "sheet1", "sheet 1", "tracker", "actions", "action plan", "action tracker", "data",
      "export", "plan", "all actions", "action log", "tasks",
    ]
    return generic.contains(normal) || normal.hasPrefix("sheet")
  }

  /// Whether a row's single cell is a heading for the rows below.
  func isSection(
    _ text: String, column: TableLayout.Column, row: Int, grid: SheetGrid, titleColumn: Int?
  ) -> Bool {
    // Across the table, alone in the area column, or worded as a heading ("2. ...",
    // "Priority 3"), but never the action itself unless merged across.
    if grid.mergedWidth(row, column.index) >= 2 { return true }
    if column.target == .field(.area) { return true }
    return column.index != titleColumn && SectionHeading.looksLike(text)
  }

  /// Codes in a sources or links cell: split at `,`, `;`, `/` and line breaks, and at
  /// spaces when every word is a code (`AFI4 AFI5`, not `ASC Programme`).
  func codes(_ text: String) -> [String] {
    var result: [String] = []
    for piece in text.split(whereSeparator: { ",;/\n".contains($0) }) {
      let piece = Tidy.line(String(piece))
      guard !piece.isEmpty else { continue }
      let words = piece.split(separator: " ").map(String.init)
      let allCodes =
        words.count > 1
        && words.allSatisfy { word in
          word.contains(where: \.isLetter)
            && word.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "." || $0 == "-" }
        }
      result += allCodes ? words : [piece]
    }
    return result
  }

  /// Reads a due date; its words become `dueText` unless the table has a column for them
  /// (`keepWords` false).
  mutating func readDue(
    _ cell: Cell, text: String?, place: String, keepWords: Bool,
    into action: inout PlanDocument.Action
  ) {
    let reading = TrackerDates.due(cell, uses1904: workbook.uses1904Dates, order: dateOrder)
    if let problem = reading.problem {
      report.error(
        place, "due \(problem); write a date (29/01/2026), a month (Jan-26), Ongoing or TBC")
      return
    }
    action.due = reading.due
    switch reading.due {
    case .date?:
      if reading.words == nil { dueCounts.cells += 1 } else { dueCounts.words += 1 }
    case .ongoing?: dueCounts.ongoing += 1
    case .tbc?: dueCounts.tbc += 1
    case nil: break
    }
    if keepWords, let words = reading.words, action.dueText == nil { action.dueText = words }
    if reading.noDateInWords {
      datesAsWords.append((reading.words ?? "", place))
    }
  }

  var datesAsWords: [(String, String)] = []
  /// How the due dates were read: date cells (or ISO text), dates in words, ongoing, tbc.
  var dueCounts = (cells: 0, words: 0, ongoing: 0, tbc: 0)

  mutating func readUpdate(
    _ text: String, heading: String, place: String, into action: inout PlanDocument.Action
  ) {
    var date: PlanDate?
    var body = text
    if let (leading, rest) = TrackerDates.leadingDate(text, order: dateOrder) {
      date = leading
      body = rest
    } else if let inHeading = TrackerDates.planDate(in: heading, order: dateOrder) {
      date = inHeading
    } else if let fileDate {
      date = PlanDate(fileDate)
      updatesUndated.append(place)
    }
    guard let date else {
      report.warning(
        place,
        "the update has no date, so it is kept as x-update; begin it with its date (30/11/25: ...)")
      action.extensions.append(("x-update", text))
      return
    }
    action.updates.append(PlanDocument.Update(date: date, text: body.isEmpty ? nil : body))
    action.updates.sort { $0.date < $1.date }
  }

  mutating func noteColumns(_ sheet: Worksheet, _ layout: TableLayout) {
    let described = layout.columns.map { column -> String in
      let heading = column.heading.isEmpty ? "(no heading)" : "\"\(Tidy.line(column.heading))\""
      var target = column.target.description
      if case .extensionField = column.target {
        target += " (kept in the plan file; Boardwalk does not show it)"
      }
      if column.target == .field(.ignore) { target = "not kept (Boardwalk works it out)" }
      if column.isMapped { target += " [mapping]" }
      return "  \(CellReference.columnName(column.index)) \(heading) -> \(target)"
    }
    if let index = columnsNoted.firstIndex(where: { $0.1 == described }) {
      report.note("columns of \"\(sheet.name)\": as \"\(columnsNoted[index].0)\"")
      return
    }
    columnsNoted.append((sheet.name, described))
    report.note("columns of \"\(sheet.name)\":")
    for line in described { report.note(line) }
    for column in layout.columns
    where !mapping.columns.contains(where: { $0.heading == column.heading }) {
      if !column.heading.isEmpty { inferredColumns.append((column.heading, column.target)) }
    }
    if let status = layout.column(.status) { statusHeadings.append(status.heading) }
  }

  var inferredColumns: [(String, ImportMapping.ColumnTarget)] = []
  /// The title row above the first action table, when it is the plan's.
  var titleRow: String?
  /// The order of dates written as numbers: the mapping's, or told from the dates.
  var dateOrder = DateOrder.dmy
  /// Areas named only as links (`AFI4` in a sources column), with no title of their own.
  var linkedOnly: Set<String> = []
}

// MARK: - Finishing: statuses, ids, the plan

extension ImportRun {
  mutating func finish() -> TrackerImport {
    let (scaleName, levels, statusOf) = settleStatuses()
    var actions = rows.map(\.action)
    for (index, key) in statusOf.enumerated() { actions[index].status = key }
    settleIDs(&actions)
    let planID = settlePlanID()
    let title = mapping.title ?? workbook.title ?? titleRow ?? Self.words(ofFile: file)
    if dueCounts != (0, 0, 0, 0) {
      report.note(
        "due dates: \(dueCounts.cells) from date cells, \(dueCounts.words) from words (kept in dueText), \(dueCounts.ongoing) ongoing, \(dueCounts.tbc) tbc"
      )
    }
    if !datesAsWords.isEmpty {
      let shown = datesAsWords.prefix(6).map { "\"\($0.0)\" (\($0.1))" }.joined(separator: ", ")
      report.note(
        "due dates with no date in their words, kept as written with due tbc: \(shown)\(datesAsWords.count > 6 ? " and \(datesAsWords.count - 6) more" : "")"
      )
    }
    if !updatesUndated.isEmpty, let fileDate {
      report.note(
        "\(updatesUndated.count) update\(updatesUndated.count == 1 ? " has" : "s have") no date of \(updatesUndated.count == 1 ? "its" : "their") own and \(updatesUndated.count == 1 ? "is" : "are") dated \(fileDate), when the file was saved (begin an update with its date, 30/11/25: ..., or put the date in the column heading)"
      )
    }
    mapping.planID = planID
    mapping.title = mapping.title ?? title
    if mapping.sheets.isEmpty { mapping.sheets = usedSheets }
    mapping.dateOrder = dateOrder
    for (heading, target) in inferredColumns
    where !mapping.columns.contains(where: { $0.heading == heading }) {
      mapping.columns.append((heading, target))
    }
    for (name, choice) in areas.names where mapping.area(named: name) == nil {
      mapping.areas.append((name, choice))
    }
    guard !report.hasErrors, !actions.isEmpty else {
      if actions.isEmpty, !report.hasErrors {
        report.error(nil, "the tracker holds no actions")
      }
      report.note("result: nothing imported: fix the problems below")
      return TrackerImport(document: nil, report: report, mapping: mapping)
    }
    var document = PlanDocument(id: planID, title: title)
    document.organisation = mapping.organisation
    document.source = "Imported from \((file as NSString).lastPathComponent)"
    document.scaleName = scaleName
    document.levels = levels
    document.areas = areas.areas
    document.actions = actions
    if !linkedOnly.isEmpty {
      report.note(
        "areas named only by links, titled with their ids: \(linkedOnly.sorted().joined(separator: ", ")) (give their titles in an Areas sheet or the mapping file's \"areas\")"
      )
    }
    report.note(
      "areas: "
        + areas.areas.map { area in
          area.title == area.id ? area.id : "\(area.id) \"\(Self.short(area.title))\""
        }.joined(separator: ", "))
    report.note(
      "result: plan \(planID) \"\(title)\": \(actions.count) action\(actions.count == 1 ? "" : "s") in \(areas.areas.count) area\(areas.areas.count == 1 ? "" : "s"), scale \(scaleName ?? "rag")"
    )
    return TrackerImport(document: document, report: report, mapping: mapping)
  }

  /// The mapping file that would apply to the tracker: `NAME.mapping.json`.
  static func mappingName(_ file: String) -> String {
    ((file as NSString).lastPathComponent as NSString).deletingPathExtension + ".mapping.json"
  }

  static func short(_ text: String) -> String {
    text.count > 50 ? String(text.prefix(49)) + "…" : text
  }

  static func words(ofFile file: String) -> String {
    let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    let words = stem.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " })
    guard !words.isEmpty else { return "Tracker" }
    let text = words.joined(separator: " ")
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  mutating func settlePlanID() -> String {
    if let id = mapping.planID { return id }
    let distinct = Array(Set(planValues.map(\.0))).sorted()
    if distinct.count == 1 { return distinct[0] }
    if distinct.count > 1 {
      let places = distinct.map { value in
        "\(value) (\(planValues.first { $0.0 == value }?.1 ?? ""))"
      }
      report.error(
        nil,
        "the tracker holds the actions of \(distinct.count) plans: \(places.joined(separator: ", ")); import one plan at a time (export each with list --filter plan:ID), or delete the Plan column"
      )
    }
    let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    let slug = StatusVocabulary.slug(stem)
    return slug.isEmpty ? "tracker" : slug
  }

  /// Ids: the tracker's own, else `AREA.N`; duplicates in different areas are told apart
  /// by their area, other duplicates are errors.
  mutating func settleIDs(_ actions: inout [PlanDocument.Action]) {
    var counts: [String: Int] = [:]
    for (index, row) in rows.enumerated() where !row.hasOwnID {
      _ = index
    }
    var used = Set(actions.filter { !$0.id.isEmpty }.map { $0.id.lowercased() })
    for index in actions.indices where actions[index].id.isEmpty {
      let area = actions[index].area
      var number = (counts[area] ?? 0) + 1
      var id = "\(area).\(number)"
      while used.contains(id.lowercased()) {
        number += 1
        id = "\(area).\(number)"
      }
      counts[area] = number
      actions[index].id = id
      used.insert(id.lowercased())
    }
    let generatedCount = rows.filter { !$0.hasOwnID }.count
    if generatedCount > 0 {
      report.note(
        "ids: \(generatedCount) action\(generatedCount == 1 ? " has" : "s have") no id of \(generatedCount == 1 ? "its" : "their") own and \(generatedCount == 1 ? "is" : "are") numbered within \(generatedCount == 1 ? "its" : "their") area (\(actions.first { _ in true }.map { "\($0.id)" } ?? ""), ...)"
      )
    }
    var byID: [String: [Int]] = [:]
    for (index, action) in actions.enumerated() {
      byID[action.id.lowercased(), default: []].append(index)
    }
    let duplicates = byID.values.filter { $0.count > 1 }
    guard !duplicates.isEmpty else { return }
    let separable = duplicates.allSatisfy { group in
      Set(group.map { actions[$0].area.lowercased() }).count == group.count
    }
    var prefixed = Set<String>()
    if separable {
      for index in actions.indices {
        let id = "\(actions[index].area).\(actions[index].id)"
        prefixed.insert(id.lowercased())
      }
    }
    if separable, prefixed.count == actions.count {
      for index in actions.indices {
        actions[index].id = "\(actions[index].area).\(actions[index].id)"
      }
      report.note(
        "ids: the same ids are used in different areas, so every id is written with its area first (\(actions[0].id), ...)"
      )
      return
    }
    for group in duplicates {
      let places = group.map { actions[$0].place }
      report.error(
        places[0],
        "the id \"\(actions[group[0]].id)\" is used \(group.count) times (\(places.joined(separator: ", "))); give each action its own id"
      )
    }
  }

  /// The levels the tracker's statuses become, and each action's status key.
  mutating func settleStatuses() -> (String?, [PlanDocument.Level], [String?]) {
    let keySheet = scaleDefinition
    var levels: [(meaning: StatusMeaning, label: String, first: Int, cells: [String])] = []
    var statusOf: [String?] = []
    var unknown: [(String, [String])] = []
    var unrated: [String] = []
    var conflicts: [String] = []
    var mappedWords: [(String, StatusMeaning)] = []

    func level(for meaning: StatusMeaning, label: String, place: String) -> String {
      if let index = levels.firstIndex(where: {
        $0.meaning.key.lowercased() == meaning.key.lowercased() && $0.meaning.rag == meaning.rag
      }) {
        levels[index].cells.append(place)
        return levels[index].meaning.key
      }
      var meaning = meaning
      if levels.contains(where: { $0.meaning.key.lowercased() == meaning.key.lowercased() }) {
        meaning.key += "-" + meaning.rag.rawValue
      }
      levels.append((meaning, label, levels.count, [place]))
      return meaning.key
    }

    for row in rows {
      guard let seen = row.status else {
        statusOf.append(nil)
        continue
      }
      let ragMeaning = seen.rag.flatMap { text -> StatusMeaning? in
        mapping.meaning(ofStatus: text) ?? StatusVocabulary.meaning(of: text)
      }
      let fillMeaning = seen.fill.flatMap(StatusVocabulary.meaning(ofFill:))
      let words = seen.words.map(Tidy.line)
      if let words, !StatusVocabulary.meansUnrated(words) {
        if let keySheet,
          let found = keySheet.levels.first(where: {
            $0.label.lowercased() == words.lowercased()
              || $0.key.lowercased() == (seen.key ?? words).lowercased()
          })
        {
          statusOf.append(found.key)
          continue
        }
        var meaning = mapping.meaning(ofStatus: words) ?? StatusVocabulary.meaning(of: words)
        if let key = seen.key, !key.isEmpty, meaning != nil || ragMeaning != nil {
          meaning = StatusMeaning(
            key: key, rag: ragMeaning?.rag ?? meaning?.rag ?? .grey,
            isDone: meaning?.isDone ?? (ragMeaning?.rag == .blue))
        }
        if meaning == nil, let classGiven = ragMeaning ?? fillMeaning {
          meaning = StatusMeaning(
            key: StatusVocabulary.slug(words), rag: classGiven.rag, isDone: classGiven.rag == .blue)
        }
        guard var meaning else {
          if let index = unknown.firstIndex(where: { $0.0.lowercased() == words.lowercased() }) {
            unknown[index].1.append(seen.place)
          } else {
            unknown.append((words, [seen.place]))
          }
          statusOf.append(nil)
          continue
        }
        if let ragMeaning, ragMeaning.rag != meaning.rag {
          meaning.rag = ragMeaning.rag
        } else if ragMeaning == nil, let fillMeaning, fillMeaning.rag != meaning.rag,
          seen.fill != nil
        {
          conflicts.append(seen.place)
        }
        if !mappedWords.contains(where: { $0.0.lowercased() == words.lowercased() }) {
          mappedWords.append((words, meaning))
        }
        let label = meaning.label.map { words.count <= 1 ? $0 : words } ?? words
        statusOf.append(level(for: meaning, label: label, place: seen.place))
      } else if let ragMeaning {
        if let keySheet, let rag = seen.rag,
          let found = keySheet.levels.first(where: { $0.label.lowercased() == rag.lowercased() })
        {
          statusOf.append(found.key)
          continue
        }
        statusOf.append(
          level(for: ragMeaning, label: ragMeaning.label ?? (seen.rag ?? ""), place: seen.place))
      } else if words == nil, let fillMeaning {
        statusOf.append(level(for: fillMeaning, label: fillMeaning.label ?? "", place: seen.place))
      } else {
        if let words, !words.isEmpty { unrated.append("\"\(words)\" (\(seen.place))") }
        statusOf.append(nil)
      }
    }
    for (words, places) in unknown {
      report.error(
        places[0],
        "the status \"\(words)\" is not one Boardwalk knows (\(places.count) cell\(places.count == 1 ? "" : "s"): \(places.prefix(8).joined(separator: ", "))\(places.count > 8 ? " ..." : "")); say what it means with boardwalk import --status \"\(words)=amber\", or in a mapping file beside the tracker (\"status\": { \"\(words)\": \"amber\" } in \(Self.mappingName(file))); a level is red, amber, green, blue or grey, with +done if the words mean finished"
      )
    }
    if !unrated.isEmpty {
      report.note("statuses read as unrated: " + unrated.prefix(6).joined(separator: ", "))
    }
    if !conflicts.isEmpty {
      report.warning(
        conflicts[0],
        "the status words and the cell's colour disagree in \(conflicts.count) cell\(conflicts.count == 1 ? "" : "s") (\(conflicts.prefix(6).joined(separator: ", "))); the words are used"
      )
    }
    for (words, meaning) in mappedWords
    where !mapping.statuses.contains(where: { $0.words.lowercased() == words.lowercased() }) {
      mapping.statuses.append((words, meaning))
    }

    if let keySheet {
      report.note("statuses: the scale \"\(keySheet.name)\" from the workbook's key")
      let builtIn = RatingScale.builtIn(named: keySheet.name)
      return (keySheet.name, builtIn == nil ? keySheet.levels : [], statusOf)
    }
    guard !levels.isEmpty else {
      if !rows.isEmpty { report.note("statuses: none; every action is unrated") }
      return (nil, [], statusOf)
    }
    levels.sort { ($0.meaning.rank, $0.first) < ($1.meaning.rank, $1.first) }
    // The same words rated differently (a RAG column beside "In progress"): the labels say
    // the class.
    let repeated = Dictionary(grouping: levels.map { $0.label.lowercased() }, by: { $0 })
      .filter { $0.value.count > 1 }
    for index in levels.indices where repeated[levels[index].label.lowercased()] != nil {
      levels[index].label += " (\(levels[index].meaning.rag.title))"
    }
    // Keys must be keys: reserved words and class names of another class are renamed.
    var renamed: [String: String] = [:]
    for index in levels.indices {
      let key = levels[index].meaning.key
      var fixed = key
      if ["unrated", "done", "open"].contains(key.lowercased())
        || (RAGClass(rawValue: key.lowercased()).map { $0 != levels[index].meaning.rag } ?? false)
      {
        fixed = key + "-status"
      }
      if !PlanFormat.isKey(fixed) { fixed = "level-\(index + 1)" }
      if fixed != key { renamed[key] = fixed }
      levels[index].meaning.key = fixed
    }
    statusOf = statusOf.map { key in key.map { renamed[$0] ?? $0 } }
    let isRAG = levels.allSatisfy { level in
      guard let builtIn = RatingScale.rag.levels.first(where: { $0.key == level.meaning.key })
      else { return false }
      return builtIn.label.lowercased() == level.label.lowercased()
    }
    let isBRAG =
      statusHeadings.contains { HeaderVocabulary.normalise($0).contains("brag") }
      && levels.allSatisfy { ["red", "amber", "green", "blue"].contains($0.meaning.key) }
    report.note(
      isRAG
        ? "statuses (the rag scale):"
        : isBRAG ? "statuses (the brag scale):" : "statuses (scale \"tracker\"):")
    for level in levels {
      report.note(
        "  \"\(level.label)\" (\(level.cells.count) cell\(level.cells.count == 1 ? "" : "s")) -> \(level.meaning.key): \(level.meaning.rag.rawValue)\(level.meaning.isDone ? ", done" : "")"
      )
    }
    if isRAG { return ("rag", [], statusOf) }
    if isBRAG { return ("brag", [], statusOf) }
    return (
      "tracker",
      levels.map {
        PlanDocument.Level(
          key: $0.meaning.key, label: $0.label, rag: $0.meaning.rag, isDone: $0.meaning.isDone)
      }, statusOf
    )
  }
}
