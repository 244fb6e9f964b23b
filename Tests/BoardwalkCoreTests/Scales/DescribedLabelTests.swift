import Testing

@testable import BoardwalkCore

@Suite("A level's label for people: its RAG class only where the label does not say it")
struct DescribedLabelTests {
  @Test(
    "labels and what they read as",
    arguments: [
      (RatingLevel(key: "amber", label: "Amber", rag: .amber), "Amber"),
      (RatingLevel(key: "red", label: "red", rag: .red), "red"),
      (RatingLevel(key: "ag", label: "Amber/Green", rag: .green), "Amber/Green"),
      (RatingLevel(key: "on", label: "On track", rag: .green), "On track (green)"),
      (RatingLevel(key: "b", label: "Bored", rag: .red), "Bored (red)"),
      (RatingLevel(key: "x", label: "Complete", rag: .blue, isDone: true), "Complete"),
      (
        RatingLevel(key: "c", label: "Completed - £3.4 agreed recurring", rag: .blue, isDone: true),
        "Completed - £3.4 agreed recurring"
      ),
      (RatingLevel(key: "s", label: "Signed off", rag: .green, isDone: true), "Signed off"),
      (RatingLevel(key: "e", label: "Embedded", rag: .blue, isDone: true), "Embedded (done)"),
      (RatingLevel(key: "blue", label: "Blue", rag: .blue, isDone: true), "Blue"),
      (RatingLevel(key: "n", label: "Not started", rag: .grey), "Not started (grey)"),
    ])
  func described(level: RatingLevel, expected: String) {
    #expect(level.describedLabel == expected)
  }

  @Test("no built-in scale's level reads as \"Amber (Amber)\" or \"Complete (Blue)\"")
  func builtInScales() {
    for scale in [RatingScale.rag, .brag, .dca] {
      for level in scale.levels {
        #expect(!level.describedLabel.contains("(\(level.rag.title))"), "\(level.key)")
      }
    }
  }
}
