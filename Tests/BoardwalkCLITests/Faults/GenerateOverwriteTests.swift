import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 10: `generate --out DIR` overwrote plan files already there.
@Suite("generate never replaces files already in its folder unless told to")
struct GenerateOverwriteTests {
  @Test("a folder that holds a file of a name generate would write: refused, nothing written")
  func refused() throws {
    let folder = try ScratchFolder("cli-generate")
    defer { folder.remove() }
    let first = try CommandRunner.run(["generate", "--actions", "10", "--out", folder.path])
    #expect(first.status == 0, "\(first)")
    let name = try #require(try folder.names().first)
    try folder.write(name, text: "{\"the board's own plan\": true}\n")
    let before = try folder.contents()
    let again = try CommandRunner.run([
      "generate", "--actions", "20", "--plans", "2", "--out", folder.path,
    ])
    #expect(again.status == 1, "\(again)")
    #expect(again.errorOutput.contains("already exist (\(folder.path)/\(name))"), "\(again)")
    #expect(again.errorOutput.contains("add --force to replace them"), "\(again)")
    #expect(try folder.contents() == before)
  }

  @Test("--force replaces them")
  func forced() throws {
    let folder = try ScratchFolder("cli-generate")
    defer { folder.remove() }
    _ = try CommandRunner.run(["generate", "--actions", "10", "--out", folder.path])
    let name = try #require(try folder.names().first)
    try folder.write(name, text: "old\n")
    let result = try CommandRunner.run([
      "generate", "--actions", "10", "--out", folder.path, "--force",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(try folder.bytes(name) != Array("old\n".utf8))
  }
}
