/// Reads files of another kind (a spreadsheet tracker, say) as plans: a reader claims file
/// name extensions and turns such a file into the bytes of a plan file, which are then
/// decoded and checked exactly as a `.json` plan is. The core knows nothing of the kinds.
public protocol PlanSourceReader: Sendable {
  /// The extensions this reader claims: lower case, without the dot (`"xlsx"`).
  var fileExtensions: Set<String> { get }

  /// The plan file that the file at `path` stands for, or the problems that stop it.
  func planFile(at path: String) -> PlanSourceReading
}

/// What a ``PlanSourceReader`` made of one file.
public struct PlanSourceReading: Sendable {
  /// The plan file (`boardwalk-plan/1` JSON), when the file could be read as a plan.
  public var bytes: [UInt8]?
  /// Every problem found, named by the reader's own locations.
  public var diagnostics: [Diagnostic]
  /// Where each action of the plan file came from, in order (a cell: `SHEET!B4`), so that a
  /// problem the plan's checks find in an action is named by its place in the file.
  public var actionPlaces: [String]

  public init(bytes: [UInt8]?, diagnostics: [Diagnostic], actionPlaces: [String] = []) {
    self.bytes = bytes
    self.diagnostics = diagnostics
    self.actionPlaces = actionPlaces
  }

  /// The file named with the place of the action a JSON pointer points into
  /// (`/actions/3/owners` is the fourth action's place), when it is known.
  public func file(_ file: String, at pointer: String?) -> String {
    guard let pointer, pointer.hasPrefix("/actions/") else { return file }
    let digits = pointer.dropFirst("/actions/".count).prefix { $0.isNumber }
    guard let index = Int(digits), actionPlaces.indices.contains(index) else { return file }
    return file + ":" + actionPlaces[index]
  }
}

extension Array where Element == any PlanSourceReader {
  /// The reader that claims the file at `path` by its extension, if one does.
  public func reader(for path: String) -> (any PlanSourceReader)? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let fileExtension = path[path.index(after: dot)...].lowercased()
    return first { $0.fileExtensions.contains(fileExtension) }
  }
}
