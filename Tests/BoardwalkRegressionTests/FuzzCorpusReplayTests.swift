import BoardwalkProperties
import Testing

/// Replays every seed and every crash input of each fuzzer through the property it fuzzes,
/// so a crash the fuzzers once found stays fixed. A property that fails stops the run with
/// its message (it traps, as it does under the fuzzer).
@Suite("Fuzzing corpora replayed through the properties")
struct FuzzCorpusReplayTests {
  @Test(
    "every fuzzer has a seed corpus to replay",
    arguments: ["FuzzPlanLoader", "FuzzFilterParser", "FuzzJournalReader", "FuzzMarkdownWriter"])
  func everyFuzzerHasSeeds(target: String) {
    #expect(FuzzInput.seedCount(for: target) >= 5)
  }

  @Test(
    "plan loader: decoding never crashes, diagnostics are placed, loaded plans work",
    arguments: FuzzInput.all(for: "FuzzPlanLoader"))
  func planLoader(input: FuzzInput) throws {
    checkPlanLoaderProperties(try input.bytes())
  }

  @Test(
    "filter parser: never crashes, errors are placed, canonical forms read back",
    arguments: FuzzInput.all(for: "FuzzFilterParser"))
  func filterParser(input: FuzzInput) throws {
    checkFilterParserProperties(try input.bytes())
  }

  @Test(
    "journal reader: never crashes, every entry read writes back to itself",
    arguments: FuzzInput.all(for: "FuzzJournalReader"))
  func journalReader(input: FuzzInput) throws {
    checkJournalReaderProperties(try input.bytes())
  }

  @Test(
    "Markdown writer: one line, everything escaped, decodes back to the text",
    arguments: FuzzInput.all(for: "FuzzMarkdownWriter"))
  func markdownWriter(input: FuzzInput) throws {
    checkMarkdownWriterProperties(try input.bytes())
  }
}
