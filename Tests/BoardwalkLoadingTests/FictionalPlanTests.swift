import BoardwalkCore
import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 13: a plan may say it describes no real area (`"fictional": true` in its header),
/// so that everything showing its actions can say so.
@Suite("a plan that says it is fictional")
struct FictionalPlanTests {
  static func plan(header: String) -> String {
    """
    {
      "format": "boardwalk-plan/1",
      "plan": { "id": "demo", "title": "A demonstration plan"\(header) },
      "areas": [ { "id": "A1", "title": "Area one" } ],
      "actions": [ { "id": "1.1", "area": "A1", "title": "Do it", "owners": ["Head of SEND"] } ]
    }

    """
  }

  @Test("\"fictional\": true marks the plan; without it, or false, a plan is real")
  func readsTheFlag() throws {
    let folder = try ScratchFolder("fictional")
    defer { folder.remove() }
    for (header, expected) in [
      (", \"fictional\": true", true), (", \"fictional\": false", false), ("", false),
    ] {
      let file = try folder.write("plan.json", text: Self.plan(header: header))
      let result = PlanLoader.load(paths: [file])
      #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
      #expect(result.store.plans.map(\.isFictional) == [expected], "\(header)")
    }
  }

  @Test(
    "a word where true or false belongs is reported at its place, and the plan is not taken as fictional"
  )
  func notABoolean() throws {
    let folder = try ScratchFolder("fictional")
    defer { folder.remove() }
    let file = try folder.write("plan.json", text: Self.plan(header: ", \"fictional\": \"yes\""))
    let result = PlanLoader.load(paths: [file])
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.pointer == "/plan/fictional")
    #expect(diagnostic.location?.line == 3)
    #expect(result.store.plans.allSatisfy { !$0.isFictional })
  }

  @Test("SampleData's Northbrook plan, and only it, is fictional")
  func sampleData() {
    let result = PlanLoader.load(paths: [RepositoryRoot.sampleData.path])
    #expect(result.store.plans.filter(\.isFictional).map(\.id) == ["demo-northbrook"])
  }

  @Test("a heading says fictional once, however the title is worded")
  func named() {
    let plain = Plan(id: "demo", title: "Northbrook plan", isFictional: true, areas: [])
    let saysSo = Plan(
      id: "demo", title: "Northbrook (a Fictional area)", isFictional: true, areas: [])
    let real = Plan(id: "hull", title: "Hull plan", areas: [])
    #expect(Fiction.named(plain) == "Northbrook plan (fictional)")
    #expect(Fiction.named(saysSo) == "Northbrook (a Fictional area)")
    #expect(Fiction.named(real) == "Hull plan")
    #expect(Fiction.listedID(of: plain) == "demo*")
    #expect(Fiction.listedID(of: real) == "hull")
  }
}
