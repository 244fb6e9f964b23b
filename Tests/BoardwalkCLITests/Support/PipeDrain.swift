import Foundation

/// Reads a pipe to its end on a background thread, so a child process can never block on a
/// full pipe while the test reads its other stream.
final class PipeDrain: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var data = Data()

  init(_ handle: FileHandle) {
    DispatchQueue.global().async {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }
  }

  /// Everything the pipe held, once the writer has closed it.
  func wait() -> Data {
    done.wait()
    return data
  }
}
