import BoardwalkCore

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
  /// For a field whose column replaced others to its left, those columns, nearest first:
  /// read when the row leaves the current one empty.
  var earlier: [TrackerField: [Int]] = [:]

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
    let rows = Array(sheet.rowNumbers.prefix(rowsSearched))
    let width = min(sheet.columnCount, 512)
    for (position, row) in rows.enumerated() {
      guard let found = candidate(row: row, grid: grid, width: width, mapping: mapping) else {
        continue
      }
      // Headings grouped under a row of broader ones ("Dates" over "Start" and "Due"): the
      // row beneath that names more fields is the heading row.
      if found.kind == .actions, position + 1 < rows.count,
        let below = candidate(row: rows[position + 1], grid: grid, width: width, mapping: mapping),
        below.kind == .actions,
        below.fields.count > found.fields.count
      {
        return layout(
          below.kind, row: below.row, headings: below.headings, grid: grid, mapping: mapping)
      }
      return layout(
        found.kind, row: found.row, headings: found.headings, grid: grid, mapping: mapping)
    }
    return nil
  }

  /// What a row would be as a heading row, if it is one.
  private static func candidate(row: Int, grid: SheetGrid, width: Int, mapping: ImportMapping)
    -> (row: Int, kind: Kind, headings: [(Int, String)], fields: Set<TrackerField>)?
  {
    var headings: [(Int, String)] = []
    for column in 0..<width {
      if let text = grid.ownText(row, column) { headings.append((column, text)) }
    }
    guard headings.count >= 2 else { return nil }
    let normals = Set(headings.map { HeaderVocabulary.normalise($0.1) })
    if normals.isSuperset(of: ["key", "label", "rag"]) { return (row, .scale, headings, []) }
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
    let sheetName = HeaderVocabulary.normalise(grid.sheet.name)
    if distinct.contains(.area), distinct.contains(.title), distinct.isDisjoint(with: actionOnly),
      normals.contains("kind") || normals.contains("parent") || sheetName.contains("area")
        || sheetName.contains("priorit")
    {
      return (row, .areas, headings, distinct)
    }
    if distinct.count >= 3 || (distinct.count >= 2 && distinct.contains(.title)) {
      return (row, .actions, headings, distinct)
    }
    return nil
  }

  private static func layout(
    _ kind: Kind, row: Int, headings: [(Int, String)], grid: SheetGrid, mapping: ImportMapping
  ) -> TableLayout {
    var columns: [Column] = []
    var earlierColumns: [TrackerField: [Int]] = [:]
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
        if used.contains(field), latestWins.contains(field), revises(heading),
          let earlier = columns.lastIndex(where: { $0.target == .field(field) })
        {
          // "Revised due date" after "Due date", this month's RAG after last month's: the
          // column further right is the current one; the earlier is kept as an extension.
          columns[earlier].target = .extensionField(
            extensionName(
              columns[earlier].heading, column: columns[earlier].index, taken: extensionNames))
          if case .extensionField(let name) = columns[earlier].target {
            extensionNames.insert(name)
          }
          columns[earlier].isMapped = false
          earlierColumns[field, default: []].insert(columns[earlier].index, at: 0)
        } else if used.contains(field) {
          target = .extensionField(extensionName(heading, column: column, taken: extensionNames))
          isMapped = false
        } else {
          used.insert(field)
        }
      }
      if case .extensionField(let name) = target { extensionNames.insert(name) }
      columns.append(Column(index: column, heading: heading, target: target, isMapped: isMapped))
    }
    if kind == .actions {
      settleByContent(&columns, row: row, grid: grid, hasStatus: used.contains(.status))
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
      kind: kind, headerRow: row, title: title, sectionAbove: sectionAbove, columns: columns,
      earlier: earlierColumns)
  }

  /// Fields for which a column further right replaces one to its left, when its heading
  /// says it is a revision ("Revised deadline", "Current RAG", "RAG Jan-26").
  static let latestWins: Set<TrackerField> = [.status, .rag, .due]

  /// Whether a heading names a newer version of a field than one to its left.
  static func revises(_ heading: String) -> Bool {
    let words = Set(HeaderVocabulary.normalise(heading).split(separator: " ").map(String.init))
    let revision: Set<String> = [
      "revised", "new", "updated", "current", "latest", "amended", "rescheduled", "forecast",
      "adjusted", "agreed",
    ]
    return !words.isDisjoint(with: revision) || words.contains { MonthName.number(of: $0) != nil }
  }

  /// Columns whose headings say one thing and whose values another, decided by the values
  /// (not the mapping's choices): a "Progress" column of status words is the status
  /// (Planner's export), a "Priority" column of High, Medium and Low is not an area.
  private static func settleByContent(
    _ columns: inout [Column], row: Int, grid: SheetGrid, hasStatus: Bool
  ) {
    func values(_ column: Int) -> [String] {
      grid.sheet.rowNumbers.lazy.filter { $0 > row }.prefix(500).compactMap {
        grid.text($0, column)
      }
    }
    let levels: Set<String> = [
      "urgent", "important", "high", "medium", "low", "critical", "normal", "p1", "p2", "p3",
      "p4", "highest", "lowest",
    ]
    var statusTaken = hasStatus
    for index in columns.indices where !columns[index].isMapped {
      switch columns[index].target {
      case .field(.update) where !statusTaken:
        let found = values(columns[index].index)
        let words = found.filter {
          StatusVocabulary.meaning(of: $0) != nil || StatusVocabulary.meansUnrated($0)
        }
        if !found.isEmpty, words.count * 10 >= found.count * 9 {
          columns[index].target = .field(.status)
          statusTaken = true
        }
      case .field(.area):
        let found = values(columns[index].index)
        if !found.isEmpty, found.allSatisfy({ levels.contains(HeaderVocabulary.normalise($0)) }) {
          columns[index].target = .extensionField(
            extensionName(columns[index].heading, column: columns[index].index, taken: []))
        }
      default: break
      }
    }
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

  /// Whether a cell alone on its row begins what follows a table: a key to the ratings, or
  /// notes.
  static func endsTable(_ text: String) -> Bool {
    let normal = HeaderVocabulary.normalise(text)
    let words = [
      "key", "legend", "rag key", "key to rag", "brag key", "ragp key", "rating key", "status key",
      "key to ratings", "notes", "note", "rag rating key", "key to status",
    ]
    return words.contains(normal) || text.lowercased().hasPrefix("key:")
      || text.lowercased().hasPrefix("notes:")
  }
}
