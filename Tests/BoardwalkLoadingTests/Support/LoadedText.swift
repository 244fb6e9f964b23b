import BoardwalkCore
import BoardwalkTestSupport

/// A plan file's text, written to a scratch folder and loaded as `boardwalk` loads files.
enum LoadedText {
  static func load(_ text: String, named name: String = "plan.json") throws -> PlanLoader.Result {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    return PlanLoader.load(paths: [try folder.write(name, text: text)])
  }
}
