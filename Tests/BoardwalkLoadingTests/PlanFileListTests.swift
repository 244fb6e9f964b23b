import BoardwalkCore
import BoardwalkTestSupport
import Foundation
import Testing

@Suite("Expanding paths: a folder means every *.json directly inside it, in name order")
struct PlanFileListTests {
  @Test(
    "a folder gives its .json files in name order, skipping other files, hidden files and subfolders"
  )
  func folderExpansion() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    for name in [
      "b.json", "a.json", "c.json", "notes.txt", "README.md", ".hidden.json", "plan.json.bak",
      "sub/d.json",
    ] {
      try folder.write(name, text: "{}")
    }
    let (files, problems) = PlanFileList.expand([folder.path])
    #expect(files == ["a.json", "b.json", "c.json"].map { folder.path + "/" + $0 })
    #expect(problems.isEmpty)
  }

  @Test("a folder given with a trailing slash does not double it")
  func trailingSlash() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    try folder.write("a.json", text: "{}")
    let (files, _) = PlanFileList.expand([folder.path + "/"])
    #expect(files == [folder.path + "/a.json"])
  }

  @Test("an empty folder is an error that names the folder")
  func emptyFolder() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let empty = try folder.folder("empty")
    let (files, problems) = PlanFileList.expand([empty])
    #expect(files.isEmpty)
    let only = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(only.isError)
    #expect(only.file == empty)
    #expect(only.location == nil)
    #expect(only.message.contains("holds no .json plan files"))
  }

  @Test("a folder with no .json file among others is as good as empty")
  func folderWithoutPlans() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    try folder.write("notes.txt", text: "minutes")
    try folder.write(".hidden.json", text: "{}")
    let (files, problems) = PlanFileList.expand([folder.path])
    #expect(files.isEmpty)
    #expect(problems.map(\.file) == [folder.path])
    #expect(problems.allSatisfy { $0.isError })
  }

  @Test("a path that does not exist is an error, and the other paths still count")
  func missingPath() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let real = try folder.write("real.json", text: "{}")
    let missing = folder.path + "/nowhere"
    let (files, problems) = PlanFileList.expand([missing, real])
    #expect(files == [real])
    let only = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(only.isError)
    #expect(only.file == missing)
    #expect(only.message == "no such file or folder")
  }

  @Test("a file named directly is taken as it is, whatever its name, in the order given")
  func filesAsGiven() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let text = try folder.write("plan.txt", text: "{}")
    let inner = try folder.folder("inner")
    try folder.write("inner/z.json", text: "{}")
    let (files, problems) = PlanFileList.expand([text, inner])
    #expect(files == [text, inner + "/z.json"])
    #expect(problems.isEmpty)
  }

  @Test("loading a folder loads its plans in name order")
  func loadingAFolder() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    try folder.write("suffolk.json", text: PlanText.valid(id: "suffolk"))
    try folder.write("hull.json", text: PlanText.valid(id: "hull"))
    try folder.write("oxfordshire.json", text: PlanText.valid(id: "oxfordshire"))
    try folder.write(".draft.json", text: PlanText.valid(id: "draft"))
    let result = PlanLoader.load(paths: [folder.path])
    #expect(result.store.plans.map(\.id) == ["hull", "oxfordshire", "suffolk"])
    #expect(result.diagnostics.isEmpty)
  }
}

/// Issue 13: only regular files are read. A pipe or a device (`/dev/zero` would be read for
/// ever) is refused with what it is; a looping or broken link says so; in a folder, such
/// entries are passed by with a warning; one file named twice is loaded once.
@Suite("paths that are not plan files are named for what they are")
struct SpecialPathTests {
  @Test("a pipe, a device, a looping link and a broken link, given as paths")
  func givenDirectly() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let pipe = folder.file("plan.json")
    #expect(mkfifo(pipe, 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("loop.json"), withDestinationPath: "loop.json")
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("gone.json"), withDestinationPath: "nowhere.json")
    let paths = [pipe, "/dev/zero", folder.file("loop.json"), folder.file("gone.json")]
    let (files, problems) = PlanFileList.expand(paths)
    #expect(files.isEmpty)
    #expect(problems.map(\.file) == paths)
    #expect(problems.allSatisfy { $0.isError })
    #expect(
      problems.map(\.message) == [
        "a pipe, not a regular file: nothing was read; give a plan file or a folder",
        "a device, not a regular file: nothing was read; give a plan file or a folder",
        "a symbolic link that loops back on itself; point it at a plan file",
        "a symbolic link to a file that does not exist; point it at a plan file",
      ])
  }

  @Test("in a folder: a folder named .json, a pipe and a broken link are passed by, with warnings")
  func insideAFolder() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    try folder.write("a.json", text: "{}")
    try folder.folder("old.json")
    #expect(mkfifo(folder.file("pipe.json"), 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("gone.json"), withDestinationPath: "nowhere.json")
    let (files, problems) = PlanFileList.expand([folder.path])
    #expect(files == [folder.file("a.json")])
    #expect(problems.allSatisfy { !$0.isError })
    #expect(
      problems.map(\.file) == ["gone.json", "old.json", "pipe.json"].map { folder.file($0) })
    #expect(
      problems[1].message == "a folder, not a plan file: passed by (folders inside are not read)")
  }

  @Test("one file named twice, through ./ and through a link, is loaded once")
  func namedTwice() throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let plan = try folder.write("plan.json", text: "{}")
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("link.json"), withDestinationPath: "plan.json")
    let (files, problems) = PlanFileList.expand([
      plan, folder.path + "/./plan.json", folder.file("link.json"), folder.path,
    ])
    #expect(files == [plan])
    #expect(problems.isEmpty)
  }
}
