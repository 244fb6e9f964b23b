import BoardwalkProperties

/// libFuzzer's entry point: checks `checkFilterParserProperties` on a filter expression's bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
  checkFilterParserProperties(Array(UnsafeRawBufferPointer(start: data, count: count)))
  return 0
}
