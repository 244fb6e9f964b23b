import Foundation

/// Running this benchmark (or another program) as a child process.
enum Child {
  /// This executable's path.
  static var ownPath: String { Bundle.main.executablePath ?? CommandLine.arguments[0] }

  /// The `boardwalk` built beside this executable.
  static var boardwalkPath: String {
    (ownPath as NSString).deletingLastPathComponent + "/boardwalk"
  }

  /// Runs this executable with `arguments`; returns its standard output.
  static func run(_ arguments: [String], executable: String = ownPath) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ValidationErrorText(
        "\(executable) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus))")
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// Seconds from starting this executable with `arguments` to the end of its output.
  static func timeToMarker(_ arguments: [String]) throws -> Double {
    try Measurement.time { try run(arguments) }.seconds
  }

  /// Median wall time of running a shell command `runs` times, output discarded.
  static func wallTime(_ command: String, runs: Int) throws -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", command + " > /dev/null"]
      samples.append(
        try Measurement.time {
          try process.run()
          process.waitUntilExit()
        }.seconds)
      guard process.terminationStatus == 0 else { throw ValidationErrorText("\(command) failed") }
    }
    return samples.sorted()[runs / 2]
  }
}

struct ValidationErrorText: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
