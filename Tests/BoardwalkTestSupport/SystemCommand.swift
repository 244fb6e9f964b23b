import Foundation

/// Runs a system program (`mount`, `umount`, `chattr`), looked up on PATH, with its output
/// thrown away.
enum SystemCommand {
  /// Runs `arguments` and waits for it; whether it started and exited with status 0.
  static func succeeds(_ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}

/// Trying, once, what this machine allows (mounting a disk, the immutable attribute).
enum Probe {
  /// Runs `trial` on a fresh folder under the temporary directory, removed afterwards;
  /// `false` when the folder cannot be made.
  static func succeeds(_ name: String, _ trial: (_ folder: String) -> Bool) -> Bool {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("bw-\(name)-\(UUID().uuidString.prefix(8))").path
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      return false
    }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return trial(folder)
  }
}
