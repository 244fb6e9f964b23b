import BoardwalkCore
import Foundation

/// The choices an import makes that a person can change: on the command line or in a
/// mapping file (docs/spreadsheets.md), so next month's tracker imports the same way.
public struct ImportMapping: Sendable, Equatable {
  /// The mapping file format's identifier.
  public static let format = "boardwalk-mapping/1"

  /// What a column becomes: a field, an `x-` extension, or nothing.
  public enum ColumnTarget: Sendable, Hashable, CustomStringConvertible {
    case field(TrackerField)
    case extensionField(String)

    /// Reads `owners`, `x-notes` or `ignore`.
    public init?(_ text: String) {
      if text.hasPrefix("x-"), text.count > 2 {
        self = .extensionField(text)
      } else if let field = TrackerField(rawValue: text) {
        self = .field(field)
      } else {
        return nil
      }
    }

    public var description: String {
      switch self {
      case .field(let field): field.name
      case .extensionField(let name): name
      }
    }
  }

  /// An area's id, title and kind, for the area a sheet, section or cell names.
  public struct AreaChoice: Sendable, Equatable {
    public var id: String?
    public var title: String?
    public var kind: String?

    public init(id: String? = nil, title: String? = nil, kind: String? = nil) {
      self.id = id
      self.title = title
      self.kind = kind
    }
  }

  public var planID: String?
  public var title: String?
  public var organisation: String?
  /// The sheets to read, in order; every action table when empty.
  public var sheets: [String] = []
  /// Column headings (or letters, `C`) and what each becomes.
  public var columns: [(heading: String, target: ColumnTarget)] = []
  /// Status words and the level each becomes.
  public var statuses: [(words: String, meaning: StatusMeaning)] = []
  /// What separates several owners in one cell.
  public var ownerSeparators: [String] = ImportMapping.defaultOwnerSeparators
  /// The order of dates written as numbers; `nil` to tell from the dates themselves (day
  /// first unless some can only be month first, `1/29/2026`).
  public var dateOrder: DateOrder?
  /// By the name a tracker gives an area (a sheet name, a section heading, a cell).
  public var areas: [(name: String, choice: AreaChoice)] = []

  /// `A / B`, `A; B` and one owner per line; "and" and commas stay inside role titles.
  public static let defaultOwnerSeparators = [" / ", ";", "\n"]

  public init() {}

  /// Equal when they make the same choices, in whatever order the file lists them.
  public static func == (lhs: ImportMapping, rhs: ImportMapping) -> Bool {
    func columns(_ mapping: ImportMapping) -> [String: String] {
      Dictionary(
        mapping.columns.map { ($0.heading, $0.target.description) }, uniquingKeysWith: { $1 })
    }
    func statuses(_ mapping: ImportMapping) -> [String: StatusMeaning] {
      Dictionary(mapping.statuses.map { ($0.words, $0.meaning) }, uniquingKeysWith: { $1 })
    }
    func areas(_ mapping: ImportMapping) -> [String: AreaChoice] {
      Dictionary(mapping.areas.map { ($0.name, $0.choice) }, uniquingKeysWith: { $1 })
    }
    return lhs.planID == rhs.planID && lhs.title == rhs.title
      && lhs.organisation == rhs.organisation && lhs.sheets == rhs.sheets
      && columns(lhs) == columns(rhs) && statuses(lhs) == statuses(rhs)
      && lhs.ownerSeparators == rhs.ownerSeparators && lhs.dateOrder == rhs.dateOrder
      && areas(lhs) == areas(rhs)
  }

  /// The target a heading (or column letter) is mapped to, if the mapping names it.
  func target(forHeading heading: String, column: Int) -> ColumnTarget? {
    let normal = HeaderVocabulary.normalise(heading)
    if !normal.isEmpty,
      let found = columns.first(where: { HeaderVocabulary.normalise($0.heading) == normal })
    {
      return found.target
    }
    let letter = CellReference.columnName(column)
    return columns.first { $0.heading.uppercased() == letter }?.target
  }

  /// The meaning the mapping gives to status words.
  func meaning(ofStatus words: String) -> StatusMeaning? {
    let normal = HeaderVocabulary.normalise(words)
    return statuses.last { HeaderVocabulary.normalise($0.words) == normal }?.meaning
  }

  func area(named name: String) -> AreaChoice? {
    let normal = HeaderVocabulary.normalise(name)
    return areas.last { HeaderVocabulary.normalise($0.name) == normal }?.choice
  }

  // MARK: Levels written as text

  /// Reads a level as `--status` and the mapping file write it: a RAG class (`red`, `amber`,
  /// `green`, `blue`, `grey`), with `+done` when the words mean finished (blue is done
  /// unless `+open`), for `words`.
  public static func meaning(level text: String, words: String) -> StatusMeaning? {
    let parts = text.lowercased().split(separator: "+").map {
      $0.trimmed
    }
    guard let first = parts.first, let rag = RAGClass(rawValue: first), rag != .unrated else {
      return nil
    }
    var done = rag == .blue
    for flag in parts.dropFirst() {
      switch flag {
      case "done": done = true
      case "open": done = false
      default: return nil
      }
    }
    let vocabularyKey = StatusVocabulary.meaning(of: words)?.key
    let key = vocabularyKey ?? StatusVocabulary.slug(words)
    return StatusMeaning(key: key.isEmpty ? rag.rawValue : key, rag: rag, isDone: done)
  }

  /// A level as the mapping file writes it.
  static func levelText(_ meaning: StatusMeaning) -> String {
    var text = meaning.rag.rawValue
    if meaning.isDone, meaning.rag != .blue { text += "+done" }
    if !meaning.isDone, meaning.rag == .blue { text += "+open" }
    return text
  }
}

/// Everything an import is told: the mapping, and the command line's additions to it.
public struct ImportOptions: Sendable {
  public var mapping: ImportMapping
  /// Where the mapping came from, for the report.
  public var mappingFile: String?
  /// `--sheet`: read only these sheets.
  public var sheets: [String] = []
  /// `--status WORD=LEVEL`.
  public var statuses: [(words: String, meaning: StatusMeaning)] = []
  /// `--id`, `--title`.
  public var planID: String?
  public var title: String?
  /// The day updates without a date of their own are dated (the day the file was saved).
  public var fileDate: CalendarDate?

  public init(mapping: ImportMapping = ImportMapping(), mappingFile: String? = nil) {
    self.mapping = mapping
    self.mappingFile = mappingFile
  }
}
