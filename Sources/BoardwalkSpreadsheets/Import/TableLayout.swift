/// How a sheet holds its table: the heading row, the title above it, and what each column
/// becomes.
struct TableLayout {
  struct Column {
    var index: Int
    var heading: String
    var target: ImportMapping.ColumnTarget
    /// The mapping file or the command line chose the target.
    var isMapped: Bool
  }

  /// What kind of table the heading row makes.
  enum Kind: Equatable {
    case actions
    /// Area ids and titles (a workbook's list of priorities).
    case areas
    /// A rating scale's levels (the key `list --format xlsx` writes).
    case scale
  }

  var kind: Kind
  var headerRow: Int
  /// A line above the headings (a title across the columns).
  var title: String?
  /// A section heading between the title and the headings: the area of the first rows.
  var sectionAbove: (row: Int, column: Int, text: String)?
  var columns: [Column]

  func columns(_ field: TrackerField) -> [Column] {
    columns.filter { $0.target == .field(field) }
  }

  func column(_ field: TrackerField) -> Column? { columns(field).first }

  var fields: Set<TrackerField> {
    Set(
      columns.compactMap {
        if case .field(let field) = $0.target { return field }
        return nil
      })
  }

  /// Rows looked at for the headings.
  static let rowsSearched = 30

  /// The heading row of a sheet: the first of its first rows that names the action and one
  /// more field, or three fields; `nil` when there is none (a cover, a key, a chart's data).
  static func find(in grid: SheetGrid, mapping: ImportMapping) -> TableLayout? {
    let sheet = grid.sheet
    let rows = sheet.rowNumbers.prefix(rowsSearched)
    let width = min(sheet.columnCount, 512)
    for row in rows {
      var headings: [(Int, String)] = []
      for column in 0..<width {
        if let text = grid.ownText(row, column) { headings.append((column, text)) }
      }
      guard headings.count >= 2 else { continue }
      let normals = Set(headings.map { HeaderVocabulary.normalise($0.1) })
      if normals.isSuperset(of: ["key", "label", "rag"]) {
        return layout(.scale, row: row, headings: headings, grid: grid, mapping: mapping)
      }
      var fields: [TrackerField] = []
      for (column, heading) in headings {
        switch mapping.target(forHeading: heading, column: column) {
        case .field(let field): fields.append(field)
        case .extensionField: break
        case nil: if let field = HeaderVocabulary.field(for: heading) { fields.append(field) }
        }
      }
      let distinct = Set(fields).subtracting([.ignore])
      let actionOnly: Set<TrackerField> = [
        .due, .start, .status, .rag, .update, .milestones, .outcomes, .measures, .evidence,
        .statusKey, .id, .owners,
      ]
      let sheetName = HeaderVocabulary.normalise(sheet.name)
      if distinct.contains(.area), distinct.contains(.title), distinct.isDisjoint(with: actionOnly),
        normals.contains("kind") || normals.contains("parent") || sheetName.contains("area")
          || sheetName.contains("priorit")
      {
        return layout(.areas, row: row, headings: headings, grid: grid, mapping: mapping)
      }
      if distinct.count >= 3 || (distinct.count >= 2 && distinct.contains(.title)) {
        return layout(.actions, row: row, headings: headings, grid: grid, mapping: mapping)
      }
    }
    return nil
  }

  private static func layout(
    _ kind: Kind, row: Int, headings: [(Int, String)], grid: SheetGrid, mapping: ImportMapping
  ) -> TableLayout {
    var columns: [Column] = []
    var used: Set<TrackerField> = []
    var extensionNames: Set<String> = []
    let normals = headings.map { HeaderVocabulary.normalise($0.1) }
    let hasStatusLabel = normals.contains("status label") || normals.contains("statuslabel")
    let repeatable: Set<TrackerField> = [
      .update, .owners, .sources, .links, .milestones, .ignore,
    ]
    for (column, heading) in headings {
      var target: ImportMapping.ColumnTarget
      var isMapped = false
      if let mapped = mapping.target(forHeading: heading, column: column) {
        target = mapped
        isMapped = true
      } else if kind == .actions, let field = HeaderVocabulary.field(for: heading) {
        var field = field
        if field == .status, hasStatusLabel,
          !["status label", "statuslabel"].contains(
            HeaderVocabulary.normalise(heading))
        {
          field = .statusKey
        }
        target = .field(field)
      } else if kind != .actions {
        target = .field(HeaderVocabulary.field(for: heading) ?? .ignore)
      } else {
        target = .extensionField(extensionName(heading, column: column, taken: extensionNames))
      }
      if case .field(let field) = target, !repeatable.contains(field), kind == .actions {
        if used.contains(field) {
          target = .extensionField(extensionName(heading, column: column, taken: extensionNames))
          isMapped = false
        } else {
          used.insert(field)
        }
      }
      if case .extensionField(let name) = target { extensionNames.insert(name) }
      columns.append(Column(index: column, heading: heading, target: target, isMapped: isMapped))
    }
    // A lone RAG column is the status; beside a status column it gives the class.
    if kind == .actions, !used.contains(.status),
      let rag = columns.firstIndex(where: { $0.target == .field(.rag) })
    {
      columns[rag].target = .field(.status)
    }
    var title: String?
    var sectionAbove: (row: Int, column: Int, text: String)?
    for above in grid.sheet.rowNumbers where above < row {
      let texts = (0..<min(grid.sheet.columnCount, 512)).compactMap { column in
        grid.ownText(above, column).map { (column, $0) }
      }
      guard texts.count == 1 else { continue }
      if title == nil {
        title = texts[0].1
      } else if grid.mergedWidth(above, texts[0].0) >= 2 || SectionHeading.looksLike(texts[0].1) {
        sectionAbove = (above, texts[0].0, texts[0].1)
      }
    }
    return TableLayout(
      kind: kind, headerRow: row, title: title, sectionAbove: sectionAbove, columns: columns)
  }

  /// `x-` and the heading's words joined by `-` (`x-sef-dbv-afi-no`); `x-column-F` for a
  /// column without a heading; a number added when the name is taken.
  static func extensionName(_ heading: String, column: Int, taken: Set<String>) -> String {
    let slug = StatusVocabulary.slug(heading)
    let base = slug.isEmpty ? "x-column-\(CellReference.columnName(column))" : "x-" + slug
    var name = base
    var number = 2
    while taken.contains(name) {
      name = "\(base)-\(number)"
      number += 1
    }
    return name
  }
}

/// The words that start a heading of a part of a plan: `2. To have...`, `Priority 3`,
/// `Area for improvement 1`, `PAP 2: ...`.
enum SectionHeading {
  static func looksLike(_ text: String) -> Bool {
    let line = Tidy.line(text)
    if let first = line.split(separator: " ").first, first.hasSuffix("."),
      first.dropLast().allSatisfy(\.isNumber), !first.dropLast().isEmpty
    {
      return true
    }
    let normal = HeaderVocabulary.normalise(line)
    return [
      "priority", "area for", "pap", "afi", "apa", "strategic priority", "workstream", "theme",
      "objective", "commitment", "recommendation",
    ].contains { normal.hasPrefix($0) }
  }
}
