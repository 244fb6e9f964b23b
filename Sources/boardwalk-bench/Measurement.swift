import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Timing and memory readings for the benchmark.
enum Measurement {
  /// Seconds taken by `body`, with its result.
  static func time<Result>(_ body: () throws -> Result) rethrows -> (
    seconds: Double, result: Result
  ) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
  }

  /// The median of several runs of `body`, in seconds.
  static func median(runs: Int, _ body: () -> Void) -> Double {
    let samples = (0..<runs).map { _ in time(body).seconds }.sorted()
    return samples[samples.count / 2]
  }

  /// Peak resident memory of this process so far, in bytes.
  static var peakResidentBytes: Int {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    #if canImport(Darwin)
      return Int(usage.ru_maxrss)
    #else
      return Int(usage.ru_maxrss) * 1024
    #endif
  }

  /// The `fraction` quantile (0...1) of sorted samples.
  static func quantile(_ sorted: [Double], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let position = min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded(.up)))
    return sorted[position]
  }
}
