import Foundation

/// Finds themes by name or path: a path to a theme file; otherwise `NAME.json` in
/// `$BOARDWALK_THEMES`, in `./Themes`, or in a `Themes` folder beside or above the
/// executable; otherwise the copy built into Boardwalk.
public enum ThemeCatalog {
  /// The names of the themes Boardwalk ships.
  public static var builtInNames: [String] { BuiltInThemes.files.keys.sorted() }

  /// Loads the theme `nameOrPath` names.
  public static func theme(
    named nameOrPath: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(ThemeError) -> Theme {
    let manager = FileManager.default
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
      guard let data = manager.contents(atPath: nameOrPath) else {
        throw ThemeError("\(nameOrPath): no such theme file")
      }
      return try ThemeParser.parse(data, source: nameOrPath)
    }
    for folder in searchFolders(environment: environment) {
      let path = folder + "/" + nameOrPath + ".json"
      if let data = manager.contents(atPath: path) {
        return try ThemeParser.parse(data, source: path)
      }
    }
    if let text = BuiltInThemes.files[nameOrPath] {
      return try ThemeParser.parse(Data(text.utf8), source: "built-in theme \(nameOrPath)")
    }
    let available = Set(
      builtInNames + searchFolders(environment: environment).flatMap(themeNames(in:))
    ).sorted()
    throw ThemeError(
      "no theme named \"\(nameOrPath)\" (themes: \(available.joined(separator: ", ")); or give a path to a theme file)"
    )
  }

  private static func searchFolders(environment: [String: String]) -> [String] {
    var folders: [String] = []
    if let configured = environment["BOARDWALK_THEMES"], !configured.isEmpty {
      folders.append(configured)
    }
    folders.append(FileManager.default.currentDirectoryPath + "/Themes")
    // Beside or above the executable: a checkout's .build/debug/boardwalk finds ../../Themes.
    var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<5 {
      folders.append(folder.appendingPathComponent("Themes").path)
      folders.append(folder.appendingPathComponent("share/boardwalk/Themes").path)
      folder.deleteLastPathComponent()
    }
    return folders
  }

  private static func themeNames(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
  }
}
