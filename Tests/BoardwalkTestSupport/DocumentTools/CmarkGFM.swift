/// cmark-gfm, GitHub's Markdown parser, with the table and autolink extensions as GitHub
/// uses them and raw HTML let through (`--unsafe`), so anything a writer failed to escape
/// shows in the HTML.
public enum CmarkGFM {
  /// `markdown` as cmark-gfm renders it.
  public static func html(_ markdown: String) throws -> RenderedHTML {
    let cmark = try DocumentTool.cmark.require()
    let folder = try ScratchFolder("cmark-gfm")
    defer { folder.remove() }
    let input = try folder.write("document.md", text: markdown)
    let result = try ToolRunner.run(cmark, ["-e", "table", "-e", "autolink", "--unsafe", input])
    guard result.status == 0 else { throw TestProblem("cmark-gfm failed: \(result)") }
    return RenderedHTML(html: result.output)
  }
}
