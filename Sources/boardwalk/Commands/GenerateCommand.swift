import ArgumentParser
import BoardwalkGenerator
import BoardwalkMeeting
import Foundation

/// `boardwalk generate`: plan files of realistic shape, for benchmarks.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write generated plan files of realistic shape (the same for the same seed).",
    discussion:
      "For benchmarks: `boardwalk generate --actions 100000 --plans 50 --seed 1 --out /tmp/plans`."
  )

  @Option(help: "How many actions in all.") var actions: Int = 1000
  @Option(help: "How many plan files to spread them over.") var plans: Int = 1
  @Option(help: "Seed: the same seed gives the same files.") var seed: UInt64 = 1
  @Option(
    help: ArgumentHelp("Folder to write the files into (created if missing).", valueName: "DIR"))
  var out: String

  @Flag(help: "Replace plan files of the same names already in the folder.")
  var force = false

  func validate() throws {
    guard actions >= 0, actions <= 10_000_000 else {
      throw ValidationError("--actions must be 0 to 10,000,000")
    }
    guard plans >= 1, plans <= 10_000 else { throw ValidationError("--plans must be 1 to 10,000") }
  }

  func run() throws {
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      StandardStreams.error(
        "boardwalk: \(out): cannot create the folder (\(error.localizedDescription))")
      throw ExitCode(1)
    }
    let files = PlanGenerator(actions: actions, plans: plans, seed: seed).files()
    // Nothing is written when any file would replace one already there: it may be a plan.
    let taken = files.map { out + "/" + $0.name }.filter {
      FileManager.default.fileExists(atPath: $0)
    }
    if !taken.isEmpty, !force {
      let shown = taken.prefix(3).joined(separator: ", ") + (taken.count > 3 ? ", …" : "")
      StandardStreams.error(
        "boardwalk: \(taken.count) of the files to generate already exist (\(shown)); nothing was written. Give an empty folder, or add --force to replace them"
      )
      throw ExitCode(1)
    }
    var bytes = 0
    for file in files {
      let data = Array(file.text.utf8)
      bytes += data.count
      do {
        try AtomicFile.write(data, to: out + "/" + file.name)
      } catch {
        StandardStreams.error("boardwalk: \(error.message)")
        throw ExitCode(1)
      }
    }
    StandardStreams.error(
      "boardwalk: wrote \(actions) actions in \(plans) plan file\(plans == 1 ? "" : "s") (\(bytes / 1_000_000) MB) to \(out)"
    )
  }
}
