import BoardwalkProperties

/// libFuzzer's entry point: checks `checkJournalReaderProperties` on a journal's bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
  checkJournalReaderProperties(Array(UnsafeRawBufferPointer(start: data, count: count)))
  return 0
}
