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
