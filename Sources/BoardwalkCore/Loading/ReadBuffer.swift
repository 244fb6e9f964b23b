#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Memory a loading worker reads plan files into, kept from one file to the next. A fresh
/// buffer for every file is fresh pages for the kernel to find and clear, file after file (a
/// tenth of loading fifty files, measured by `perf`); one buffer a worker, grown to the
/// largest file, is found once. Not shared: each worker has its own.
final class ReadBuffer {
  private var storage: UnsafeMutableRawPointer?
  private var capacity = 0

  init() {}

  deinit { storage?.deallocate() }

  /// Why a file could not be read, in the system's words.
  struct Problem: Error {
    let reason: String
  }

  /// The bytes of the file at `path`, valid until the next read into this buffer. The file
  /// is read to its end, whatever its size said when it was opened (a file growing while it
  /// is read is read whole, as it then was).
  func read(_ path: String) -> Result<UnsafeBufferPointer<UInt8>, Problem> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(Self.problem()) }
    defer { close(descriptor) }
    var status = stat()
    let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    reserve(max(size, 0) + 1)
    var count = 0
    while true {
      if count == capacity { reserve(capacity * 2) }
      guard let storage else { return .failure(Problem(reason: "out of memory")) }
      let got = systemRead(descriptor, storage + count, capacity - count)
      if got < 0 {
        if errno == EINTR { continue }
        return .failure(Self.problem())
      }
      if got == 0 { break }
      count += got
    }
    guard let storage else { return .success(UnsafeBufferPointer(start: nil, count: 0)) }
    return .success(
      UnsafeBufferPointer(start: storage.assumingMemoryBound(to: UInt8.self), count: count))
  }

  /// Room for at least `bytes` bytes; what was read so far is kept.
  private func reserve(_ bytes: Int) {
    guard bytes > capacity else { return }
    let grown = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
    if let storage {
      grown.copyMemory(from: storage, byteCount: capacity)
      storage.deallocate()
    }
    storage = grown
    capacity = bytes
  }

  private static func problem() -> Problem {
    Problem(reason: String(cString: strerror(errno)))
  }
}

/// `read(2)`, named apart from ``ReadBuffer/read(_:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int)
  -> Int
{
  #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
  #else
    Darwin.read(descriptor, buffer, count)
  #endif
}
