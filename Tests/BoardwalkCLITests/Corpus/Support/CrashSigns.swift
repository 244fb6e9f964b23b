/// What a crashed Swift program leaves on standard error: the runtime's fatal error and the
/// backtracer's report.
enum CrashSigns {
  static let markers = [
    "Fatal error", "Program crashed", "Crash at", "Backtrace", "Stack dump",
    "Segmentation fault", "Illegal instruction", "Thread 0 crashed",
  ]

  /// The crash markers `output` holds.
  static func found(in output: String) -> [String] {
    markers.filter { output.contains($0) }
  }
}
