import Testing

@testable import BoardwalkCore

@Suite("DisplayWidth.distinctLabels: labels side by side never read alike")
struct DistinctLabelsTests {
  /// Owners from SampleData's Hull plan and the Suffolk plans, which cut alike at most widths.
  static let owners = [
    "Assistant Director Community and Integration and Transformation",
    "Assistant Director Community Integration and Transformation",
    "Assistant Director Education",
    "Assistant Director Learning and Skills",
    "Assistant Director Safeguarding",
    "Head of SEND",
    "Head of SEND Family Services",
    "Deputy Head of SEND Family Services",
  ]

  @Test("at every width from 3 to 70 cells, different texts get different labels that fit")
  func everyWidth() {
    for width in 3...70 {
      let labels = DisplayWidth.distinctLabels(Self.owners, toWidth: width)
      #expect(Set(labels).count == Self.owners.count, "width \(width): \(labels)")
      for label in labels {
        #expect(DisplayWidth.of(label) <= width, "width \(width): \(label)")
      }
    }
  }

  @Test("texts that fit are shown whole; those cut alike keep their start and end first")
  func readableFirst() {
    let wide = DisplayWidth.distinctLabels(Self.owners, toWidth: 40)
    #expect(wide[2] == "Assistant Director Education")
    #expect(wide[0] == "Assistant Director Community and Integr…")
    let labels = DisplayWidth.distinctLabels(Self.owners, toWidth: 24)
    #expect(labels[5] == "Head of SEND")
    #expect(labels[2] == "Assistant Director Educ…")
    #expect(labels[0] == "…and Integration and Tr…")
    #expect(labels[1] == "…Integration and Transf…")
  }

  @Test("equal texts keep equal labels; one text is cut at its end")
  func equalTexts() {
    #expect(
      DisplayWidth.distinctLabels(["abcdefgh", "abcdefgh"], toWidth: 5) == ["abcd…", "abcd…"])
    #expect(DisplayWidth.distinctLabels(["abcdefgh"], toWidth: 5) == ["abcd…"])
    #expect(DisplayWidth.distinctLabels([], toWidth: 5) == [])
  }

  @Test("texts that differ only where no cut can show get their place among them")
  func ordinals() {
    let labels = DisplayWidth.distinctLabels(["Team 1 North", "Team 2 North"], toWidth: 3)
    #expect(Set(labels).count == 2)
    #expect(labels.allSatisfy { DisplayWidth.of($0) <= 3 })
  }
}
