import BoardwalkCore
import BoardwalkTestSupport
import Foundation
import Testing

/// docs/plan-format.md says its examples are SampleData's own values, so that nothing
/// invented passes for a real plan's words; these tests hold the page to that.
@Suite("docs/plan-format.md's examples quote SampleData exactly")
struct PlanFormatExampleTests {
  struct MissingValue: Error, CustomStringConvertible {
    let description: String
  }

  /// The page's ```json blocks, in order.
  static func examples() throws -> [String] {
    let page = try String(
      contentsOf: RepositoryRoot.url.appendingPathComponent("docs/plan-format.md"),
      encoding: .utf8)
    var blocks: [String] = []
    var open: [Substring]?
    for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
      if var lines = open {
        if line == "```" {
          blocks.append(lines.joined(separator: "\n"))
          open = nil
        } else {
          lines.append(line)
          open = lines
        }
      } else if line == "```json" {
        open = []
      }
    }
    return blocks
  }

  static func sample(_ file: String) throws -> JSONValue {
    try JSONValue.parse(contentsOf: RepositoryRoot.sampleData.appendingPathComponent(file))
  }

  static func fields(_ value: JSONValue?, _ what: String) throws -> [String: JSONValue] {
    guard case .object(let fields) = value else { throw MissingValue(description: what) }
    return fields
  }

  static func items(_ value: JSONValue?, _ what: String) throws -> [JSONValue] {
    guard case .array(let items) = value else { throw MissingValue(description: what) }
    return items
  }

  /// The object in `list` whose `id` is `id`.
  static func element(_ id: String, of list: [JSONValue]) throws -> JSONValue {
    let found = try list.first { try fields($0, "an element")["id"] == .string(id) }
    guard let found else { throw MissingValue(description: "no element with id \(id)") }
    return found
  }

  @Test("the first example is a plan file that loads with no errors and no warnings")
  func firstExampleLoads() throws {
    let example = try #require(try Self.examples().first)
    let folder = try ScratchFolder("plan-format-example")
    defer { folder.remove() }
    let outcome = PlanFileReader.read(path: try folder.write("hull.json", text: example))
    #expect(outcome.plan != nil)
    #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description))")
  }

  @Test("the first example is Hull's action 2.3 with its plan, scale and areas, as in SampleData")
  func firstExampleIsHulls() throws {
    let example = try Self.fields(
      JSONValue.parse(try #require(try Self.examples().first)), "the example")
    let hull = try Self.fields(Self.sample("hull-send-strategic-plan-2024.json"), "Hull's plan")
    #expect(example["format"] == hull["format"])
    var plan = try Self.fields(hull["plan"], "Hull's plan object")
    plan["x-note"] = nil
    #expect(example["plan"] == .object(plan))
    #expect(example["scales"] == hull["scales"])
    let areas = try Self.items(hull["areas"], "Hull's areas")
    let exampleAreas = try Self.items(example["areas"], "the example's areas")
    #expect(exampleAreas.count == 2)
    for area in exampleAreas {
      let id = try Self.fields(area, "an area")["id"]
      guard case .string(let id) = id else { throw MissingValue(description: "an area's id") }
      #expect(area == (try Self.element(id, of: areas)), "area \(id)")
    }
    let action = try Self.element("2.3", of: Self.items(hull["actions"], "Hull's actions"))
    #expect(example["actions"] == .array([action]))
  }

  @Test("the second example is Suffolk's action KE-4 as in SampleData")
  func secondExampleIsSuffolks() throws {
    let examples = try Self.examples()
    try #require(examples.count == 2, "expected two JSON examples, found \(examples.count)")
    let suffolk = try Self.fields(
      Self.sample("suffolk-send-strategy-2024.json"), "Suffolk's plan")
    let action = try Self.element("KE-4", of: Self.items(suffolk["actions"], "Suffolk's actions"))
    #expect(try JSONValue.parse(examples[1]) == action)
  }
}
